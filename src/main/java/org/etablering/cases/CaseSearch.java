package org.etablering.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.municipality.Municipalities;
import org.etablering.paging.PageCursor;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases of every kind in the register: an official's municipality's, a company's own, never a
 * confidential case its reader may not see. Pages are keyset pages (the cursor holds where the last one
 * ended), so a page deep in a million cases costs what the first one does.
 */
@Service
public class CaseSearch implements org.etablering.task.CaseVisibility {

    private static final int MAX_TEXT = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final List<CaseStatuses> statuses;
    private final Municipalities municipalities;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    /** Counting the matches is a courtesy: it may take this long, then the page says "more than …". */
    static final java.time.Duration COUNTING_AT_MOST = java.time.Duration.ofMillis(50);

    private final org.springframework.transaction.support.TransactionTemplate counting;

    CaseSearch(NamedParameterJdbcTemplate jdbc, List<CaseStatuses> statuses, Municipalities municipalities,
               AuditTrail audit, java.time.Clock clock,
               org.springframework.transaction.PlatformTransactionManager transactions) {
        this.counting = new org.springframework.transaction.support.TransactionTemplate(transactions);
        // its own transaction: a count cut short must not spoil the search's
        this.counting.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.counting.setReadOnly(true);
        this.clock = clock;
        this.jdbc = jdbc;
        this.statuses = List.copyOf(statuses);
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /** The stages of each kind of case, in the order the kind declares them, for a status filter. */
    public java.util.Map<CaseKind, List<String>> statusesByKind() {
        java.util.Map<CaseKind, List<String>> byKind = new java.util.EnumMap<>(CaseKind.class);
        statuses.forEach(kind -> byKind.put(kind.kind(), kind.ordered()));
        return byKind;
    }

    @CaseReaders
    @Transactional
    public CasePage find(CaseQuery query, CurrentUser user) {
        check(query);
        plannedForTheseValues();
        MapSqlParameterSource params = new MapSqlParameterSource("m", user.municipality());
        String where = visibility(user, params) + filters(query, user, params);
        PageCursor after = query.after() == null ? null : PageCursor.tryParse(query.after());
        String sql = "select * from (select c.id, c.kind, c.case_number, c.company_name, c.org_number, c.status,"
                + " c.owner, c.confidential, c.opened_at, c.updated_at, c.closed_at, c.outcome, c.parent_id,"
                + " left(c.description, 140) as summary,"
                + " (select min(k.due_at) from case_clock k where k.case_id = c.id and k.stopped_at is null"
                + "  and k.paused_at is null) as next_due"
                + " from case_file c where " + where + ") x"
                + (after == null ? "" : " where " + keyset(query.sort(), after, params))
                + " order by " + order(query.sort()) + " limit :limit";
        params.addValue("limit", query.limit() + 1);
        List<CaseListing> rows = new ArrayList<>(jdbc.query(sql, params, (row, n) -> {
            CaseKind kind = CaseKind.valueOf(row.getString("kind"));
            UUID id = row.getObject("id", UUID.class);
            return new CaseListing(id, kind, row.getString("case_number"), row.getString("company_name"),
                    row.getString("org_number"), row.getString("status"),
                    user.isApplicant() ? null : row.getString("owner"), row.getBoolean("confidential"),
                    instant(row.getTimestamp("opened_at")), instant(row.getTimestamp("updated_at")),
                    instant(row.getTimestamp("closed_at")), row.getString("outcome"),
                    row.getObject("parent_id", UUID.class), instant(row.getTimestamp("next_due")),
                    kind.resourcePath(id), row.getString("summary"));
        }));
        long total;
        boolean exact;
        if (after == null) {
            // the first page counts no further than itself: for a few words that thousands of a region's cases
            // share, counting them (even up to 200) cost several times what finding the page did
            total = Math.min(rows.size(), query.limit());
            exact = rows.size() <= query.limit();
        } else {
            Long counted = count(where, params);
            // not counted in time: at least a case before this page, this page's and the next one's first row
            total = counted == null ? rows.size() : Math.min(counted, CasePage.COUNTED_AT_MOST);
            exact = counted != null && counted <= CasePage.COUNTED_AT_MOST;
        }
        String next = null;
        if (rows.size() > query.limit()) {
            rows = new ArrayList<>(rows.subList(0, query.limit()));
            next = cursorAfter(query.sort(), rows.get(rows.size() - 1)).encode();
        }
        rows.stream().filter(CaseListing::confidential)
                .forEach(row -> audit.allowed(user, AuditAction.CASES_LISTED, row.id(), null));
        return new CasePage(List.copyOf(rows), total, exact, next);
    }

    /**
     * The matches up to the bound, or null if counting them takes longer than {@link #COUNTING_AT_MOST}: for a few
     * words that thousands of a region's cases share, PostgreSQL may read every match before it counts.
     */
    private Long count(String where, MapSqlParameterSource params) {
        try {
            return counting.execute(status -> {
                jdbc.getJdbcTemplate().execute("set local statement_timeout = " + COUNTING_AT_MOST.toMillis());
                plannedForTheseValues();
                return jdbc.queryForObject("select count(*) from (select 1 from case_file c where " + where
                        + " order by c.opened_at desc limit " + (CasePage.COUNTED_AT_MOST + 1) + ") bounded", params,
                        Long.class);
            });
        } catch (org.springframework.dao.DataAccessException cutShort) {
            if (isCancelled(cutShort)) {
                return null;
            }
            throw cutShort;
        }
    }

    /**
     * This transaction's statements are planned for their values. After five runs of a statement PostgreSQL may plan
     * it once for any values, and for these that plan can be ruinous: "which of these 50 cases may the user see"
     * read every case of the municipality, and a case number's beginning cannot use its index without its value.
     */
    private void plannedForTheseValues() {
        jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
    }

    /** PostgreSQL's "canceling statement due to statement timeout" (SQL state 57014). */
    private static boolean isCancelled(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void check(CaseQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        if (query.limit() < 1 || query.limit() > CaseQuery.MAX_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + CaseQuery.MAX_LIMIT));
        }
        if (query.status() != null && statuses.stream()
                .filter(known -> query.kind() == null || known.kind() == query.kind())
                .noneMatch(known -> known.names().contains(query.status()))) {
            problems.add(new FieldProblem("status", "is not a status of " + (query.kind() == null ? "any kind of case"
                    : "this kind of case")));
        }
        for (var text : new String[][] {{"q", query.q()}, {"owner", query.owner()}}) {
            if (text[1] != null && (text[1].length() > MAX_TEXT || text[1].chars().anyMatch(Character::isISOControl))) {
                problems.add(new FieldProblem(text[0], "must be at most " + MAX_TEXT + " characters without control characters"));
            }
        }
        if (query.openedFrom() != null && query.openedTo() != null && query.openedTo().isBefore(query.openedFrom())) {
            problems.add(new FieldProblem("openedTo", "must not be before openedFrom"));
        }
        if (query.function() != null && !query.function().isBlank()
                && org.etablering.identity.Role.fromName(query.function().strip()).filter(role -> role != Role.APPLICANT
                        && role != Role.ADMIN).isEmpty()) {
            problems.add(new FieldProblem("function", "is not a function of the municipality"));
        }
        if (query.after() != null && PageCursor.tryParse(query.after()) == null) {
            problems.add(new FieldProblem("cursor", "is not a cursor this list returned"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("search-invalid", problems);
        }
    }

    /** Those of the cases the user may see, by the same rule as every case page. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> visibleAmong(java.util.Collection<UUID> ids, CurrentUser user) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        plannedForTheseValues();
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids).addValue("m", user.municipality());
        return new java.util.HashSet<>(jdbc.queryForList("select c.id from case_file c where c.id in (:ids) and "
                + visibility(user, params), params, UUID.class));
    }

    /** The same rule as {@link CaseAccess}, as SQL. */
    private static String visibility(CurrentUser user, MapSqlParameterSource params) {
        if (user.isApplicant()) {
            List<String> company = OrganisationNumber.writtenForms(user.orgNumber());
            params.addValue("company", company.isEmpty() ? List.of("-") : company);
            return "c.municipality = :m and c.org_number in (:company)";
        }
        Set<String> functions = user.roles().stream().filter(role -> role != Role.FIRST_LINE && role != Role.MANAGER)
                .map(Role::roleName).collect(Collectors.toSet());
        params.addValue("manager", user.has(Role.MANAGER))
                .addValue("firstLine", user.has(Role.FIRST_LINE))
                .addValue("me", user.username())
                .addValue("functions", functions.isEmpty() ? Set.of("-") : functions);
        return "c.municipality = :m and (not c.confidential or :manager"
                + " or (:firstLine and (c.owner = :me or c.owner is null and (c.parent_id is null"
                // the parent's owner by its key: as "exists" PostgreSQL may plan it as a hash of every case the
                // official owns, read by a scan of the whole register
                + " or (select p.owner from case_file p where p.id = c.parent_id) = :me)))"
                + " or exists (select 1 from case_function f where f.case_id = c.id and f.function in (:functions)))";
    }

    private String filters(CaseQuery query, CurrentUser user, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (query.kind() != null) {
            where.append(" and c.kind = :kind");
            params.addValue("kind", query.kind().name());
        }
        if (query.status() != null) {
            where.append(" and c.status = :status");
            params.addValue("status", query.status());
        }
        if (query.open() != null) {
            where.append(query.open() ? " and c.closed_at is null" : " and c.closed_at is not null");
        }
        if (query.owner() != null && !query.owner().isBlank() && !user.isApplicant()) {
            where.append(" and c.owner = :owner");
            params.addValue("owner", query.owner().strip());
        }
        if (query.confidential() != null) {
            where.append(" and c.confidential = :confidential");
            params.addValue("confidential", query.confidential());
        }
        if (query.function() != null && !query.function().isBlank()) {
            where.append(" and exists (select 1 from case_function f where f.case_id = c.id and f.function = :function)");
            params.addValue("function", query.function().strip());
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            // a running (not paused, not stopped) clock whose deadline has passed
            where.append(" and exists (select 1 from case_clock k where k.case_id = c.id and k.stopped_at is null"
                    + " and k.paused_at is null and k.due_at < :now)");
            params.addValue("now", Timestamp.from(clock.instant()));
        }
        ZoneId zone = municipalities.get(user.municipality()).country().zone();
        if (query.openedFrom() != null) {
            where.append(" and c.opened_at >= :openedFrom");
            params.addValue("openedFrom", Timestamp.from(query.openedFrom().atStartOfDay(zone).toInstant()));
        }
        if (query.openedTo() != null) {
            where.append(" and c.opened_at < :openedTo");
            params.addValue("openedTo", Timestamp.from(query.openedTo().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String q = query.q().strip();
            // each alternative has its index (V19): the number's beginning, a part of the name, the organisation
            // number's digits, the description's words
            String literal = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            where.append(" and (upper(c.case_number) like :numberStart escape '\\'"
                    + " or c.company_name ilike :pattern escape '\\'"
                    + " or replace(c.org_number, '-', '') = :digits"
                    + " or c.description_words @@ plainto_tsquery('simple', :q))");
            params.addValue("pattern", "%" + literal + "%")
                    .addValue("numberStart", literal.toUpperCase(java.util.Locale.ROOT) + "%")
                    .addValue("digits", q.replaceAll("[\\s-]", ""))
                    .addValue("q", q);
        }
        return where.toString();
    }

    private static String order(CaseSort sort) {
        return switch (sort) {
            case OPENED -> "x.opened_at desc, x.id desc";
            case UPDATED -> "x.updated_at desc, x.id desc";
            case DEADLINE -> "x.next_due asc nulls last, x.id asc";
        };
    }

    private static String keyset(CaseSort sort, PageCursor after, MapSqlParameterSource params) {
        params.addValue("afterId", after.id());
        if (after.value() != null) {
            params.addValue("afterValue", Timestamp.from(after.value()));
        }
        return switch (sort) {
            case OPENED -> "(x.opened_at < :afterValue or (x.opened_at = :afterValue and x.id < :afterId))";
            case UPDATED -> "(x.updated_at < :afterValue or (x.updated_at = :afterValue and x.id < :afterId))";
            case DEADLINE -> after.value() == null ? "(x.next_due is null and x.id > :afterId)"
                    : "(x.next_due > :afterValue or (x.next_due = :afterValue and x.id > :afterId) or x.next_due is null)";
        };
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Where a page ended: the sort key of its last row (null: no deadline) and that row's id. */
    private static PageCursor cursorAfter(CaseSort sort, CaseListing last) {
        Instant value = switch (sort) {
            case OPENED -> last.openedAt();
            case UPDATED -> last.updatedAt();
            case DEADLINE -> last.nextDeadline();
        };
        return new PageCursor(value, last.id());
    }

}
