package org.etablering.insight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ManagersOnly;
import org.etablering.municipality.Municipalities;
import org.etablering.paging.PageCursor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' figures, read straight from the tables the features write: counted by the database, so
 * they stay quick with many cases, and always for the manager's own municipality.
 */
@Service
public class Insights {

    static final int WEEKS = 12;
    static final java.time.Period RECENT = java.time.Period.ofMonths(12);
    /** A statutory deadline this close is at risk. */
    static final java.time.Duration RISK_WINDOW = java.time.Duration.ofDays(7);

    private final NamedParameterJdbcTemplate jdbc;
    private final Municipalities municipalities;
    private final Clock clock;
    private final DashboardFigures figures;

    Insights(NamedParameterJdbcTemplate jdbc, Municipalities municipalities, Clock clock) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
        this.clock = clock;
        this.figures = new DashboardFigures(this::count, clock);
    }

    /** The figures of the manager's municipality: counted now, or at most a refresh old where counting is slow. */
    @ManagersOnly
    public Dashboard dashboard(CurrentUser manager) {
        return figures.of(manager.municipality());
    }

    /** Keeps the slow municipalities' figures fresh, so that a manager never waits for them to be counted. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "${etablering.insight.refresh:PT30S}")
    void refreshSlowFigures() {
        figures.refresh();
    }

    Dashboard count(String municipality) {
        ZoneId zone = municipalities.calendarOf(municipality).country().zone();
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = thisWeek.minusWeeks(WEEKS - 1);
        MapSqlParameterSource params = new MapSqlParameterSource("m", municipality)
                .addValue("zone", zone.getId())
                .addValue("from", Timestamp.from(firstWeek.atStartOfDay(zone).toInstant()))
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("soon", Timestamp.from(clock.instant().plus(RISK_WINDOW)))
                .addValue("since", Timestamp.from(since(zone)));
        return new Dashboard(clock.instant(), sinceDay(zone), weeks(params, firstWeek), counts("""
                select g.candidate_group as key, count(*) as n from task t
                join task_candidate_group g on g.task_id = t.id
                where t.municipality = :m and t.state = 'OPEN' group by g.candidate_group order by n desc""", params),
                counts("""
                select status as key, count(*) as n from case_file
                where municipality = :m and kind = 'INQUIRY' and closed_at is null
                group by status order by n desc""", params),
                leadTime(params), waiting(params), deadlines(params), yesBeforeNo(params));
    }

    /** As many rows as a download of the cases behind a figure holds. */
    static final int DOWNLOAD_ROWS = 5000;

    /** A page of the inquiries behind a figure, newest first, after the position {@code after} (null: the first). */
    @ManagersOnly
    @Transactional(readOnly = true)
    public CaseRows cases(CaseFilter filter, CurrentUser manager, String after) {
        return page(inquiries(filter, manager, PageCursor.tryParse(after), CaseRows.PAGE + 1));
    }

    /** The inquiries behind a figure, newest first, for a download. */
    @ManagersOnly
    @Transactional(readOnly = true)
    public List<CaseRow> cases(CaseFilter filter, CurrentUser manager) {
        return inquiries(filter, manager, null, DOWNLOAD_ROWS);
    }

    private List<CaseRow> inquiries(CaseFilter filter, CurrentUser manager, PageCursor after, int limit) {
        ZoneId zone = municipalities.calendarOf(manager.municipality()).country().zone();
        MapSqlParameterSource params = new MapSqlParameterSource("m", manager.municipality());
        String where = "";
        if (filter.status() != null) {
            where = " and i.status = :status";
            params.addValue("status", filter.status());
        } else if (filter.function() != null) {
            where = " and exists (select 1 from task t join task_candidate_group g on g.task_id = t.id"
                    + " where t.case_id = i.id and t.state = 'OPEN' and g.candidate_group = :function)";
            params.addValue("function", filter.function());
        } else if (filter.closedSince() != null) {
            where = " and i.closed_at >= :start";
            params.addValue("start", Timestamp.from(filter.closedSince().atStartOfDay(zone).toInstant()));
        } else if (filter.openedWeek() != null || filter.closedWeek() != null) {
            LocalDate week = filter.openedWeek() != null ? filter.openedWeek() : filter.closedWeek();
            where = filter.openedWeek() != null ? " and i.opened_at >= :start and i.opened_at < :end"
                    : " and i.closed_at >= :start and i.closed_at < :end";
            params.addValue("start", Timestamp.from(week.atStartOfDay(zone).toInstant()))
                    .addValue("end", Timestamp.from(week.plusWeeks(1).atStartOfDay(zone).toInstant()));
        }
        return jdbc.query("select i.id, i.case_number, i.company_name, i.status, i.opened_at, i.closed_at"
                + " from case_file i where i.municipality = :m and i.kind = 'INQUIRY'" + where + after("i", after, params)
                + " order by i.opened_at desc, i.id desc limit " + limit, params,
                (row, n) -> new CaseRow(row.getObject("id", java.util.UUID.class), row.getString("case_number"),
                        row.getString("company_name"), row.getString("status"), instant(row.getTimestamp("opened_at")),
                        instant(row.getTimestamp("closed_at"))));
    }

    /** A page of the permits behind one of the permit figures, newest first. */
    @ManagersOnly
    @Transactional(readOnly = true)
    public CaseRows permits(PermitMeasure measure, CurrentUser manager, String after) {
        return page(permits(measure, manager, PageCursor.tryParse(after), CaseRows.PAGE + 1));
    }

    /** The permits behind one of the permit figures, newest first, for a download. */
    @ManagersOnly
    @Transactional(readOnly = true)
    public List<CaseRow> permits(PermitMeasure measure, CurrentUser manager) {
        return permits(measure, manager, null, DOWNLOAD_ROWS);
    }

    private List<CaseRow> permits(PermitMeasure measure, CurrentUser manager, PageCursor after, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("m", manager.municipality())
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("soon", Timestamp.from(clock.instant().plus(RISK_WINDOW)));
        return jdbc.query("select c.id, c.case_number, c.company_name, c.status, c.opened_at"
                + " from permit p join case_file c on c.id = p.id"
                + " where c.municipality = :m and " + measure.condition() + after("c", after, params)
                + " order by c.opened_at desc, c.id desc limit " + limit,
                params, (row, n) -> new CaseRow(row.getObject("id", java.util.UUID.class), row.getString("case_number"),
                        row.getString("company_name"), row.getString("status"), instant(row.getTimestamp("opened_at")),
                        null));
    }

    private static String after(String table, PageCursor after, MapSqlParameterSource params) {
        if (after == null || after.value() == null) { // a position this list did not hand out: the first page
            return "";
        }
        params.addValue("afterAt", Timestamp.from(after.value())).addValue("afterId", after.id());
        return " and (%1$s.opened_at < :afterAt or (%1$s.opened_at = :afterAt and %1$s.id < :afterId))".formatted(table);
    }

    private static CaseRows page(List<CaseRow> rows) {
        if (rows.size() <= CaseRows.PAGE) {
            return new CaseRows(rows, null);
        }
        List<CaseRow> page = rows.subList(0, CaseRows.PAGE);
        CaseRow last = page.get(page.size() - 1);
        return new CaseRows(List.copyOf(page), new PageCursor(last.submittedAt(), last.id()).encode());
    }

    /** Lead times and waiting times cover this period, so they describe how the service works now. */
    LocalDate sinceDay(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone).minus(RECENT);
    }

    private Instant since(ZoneId zone) {
        return sinceDay(zone).atStartOfDay(zone).toInstant();
    }

    private List<Dashboard.Week> weeks(MapSqlParameterSource params, LocalDate firstWeek) {
        Map<LocalDate, Long> opened = perWeek("opened_at", params);
        Map<LocalDate, Long> closed = perWeek("closed_at", params);
        List<Dashboard.Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate start = firstWeek.plusWeeks(i);
            weeks.add(new Dashboard.Week(start, opened.getOrDefault(start, 0L), closed.getOrDefault(start, 0L)));
        }
        return weeks;
    }

    private Map<LocalDate, Long> perWeek(String column, MapSqlParameterSource params) {
        return jdbc.query("select cast(date_trunc('week', " + column + " at time zone :zone) as date) as week, count(*) as n"
                        + " from case_file where municipality = :m and kind = 'INQUIRY' and " + column + " >= :from"
                        + " group by week", params,
                (row, n) -> Map.entry(row.getObject("week", LocalDate.class), row.getLong("n")))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Dashboard.Count> counts(String sql, MapSqlParameterSource params) {
        return jdbc.query(sql, params, (row, n) -> new Dashboard.Count(row.getString("key"), row.getLong("n")));
    }

    private Dashboard.LeadTime leadTime(MapSqlParameterSource params) {
        return jdbc.queryForObject("""
                with paused as (
                  select c.case_id, sum(extract(epoch from coalesce(p.resumed_at, c.stopped_at, cast(:now as timestamptz)) - p.paused_at)) as seconds
                  from case_clock c join case_clock_pause p on p.clock_id = c.id
                  where c.kind = 'FIRST_CONTACT' and c.started_at >= cast(:since as timestamptz) - interval '1 year'
                  group by c.case_id),
                closed as (
                  select extract(epoch from i.closed_at - i.opened_at) / 86400 as gross,
                         (extract(epoch from i.closed_at - i.opened_at) - coalesce(paused.seconds, 0)) / 86400 as net
                  from case_file i left join paused on paused.case_id = i.id
                  where i.municipality = :m and i.kind = 'INQUIRY' and i.closed_at >= :since)
                select count(*) as cases,
                       percentile_cont(0.5) within group (order by gross) as median,
                       percentile_cont(0.9) within group (order by gross) as p90,
                       percentile_cont(0.5) within group (order by net) as net_median,
                       percentile_cont(0.9) within group (order by net) as net_p90
                from closed""", params, (row, n) -> new Dashboard.LeadTime(row.getLong("cases"),
                (Double) row.getObject("median"), (Double) row.getObject("p90"), (Double) row.getObject("net_median"),
                (Double) row.getObject("net_p90")));
    }

    private List<Dashboard.Waiting> waiting(MapSqlParameterSource params) {
        return jdbc.query("""
                select h.to_role as function, count(*) as n,
                       percentile_cont(0.5) within group (order by h.acceptance_waiting_seconds) / 3600 as median,
                       percentile_cont(0.9) within group (order by h.acceptance_waiting_seconds) / 3600 as p90
                from handoff h join case_file i on i.id = h.case_id
                where i.municipality = :m and h.requested_at >= :since and h.acceptance_waiting_seconds is not null
                group by h.to_role order by h.to_role""", params,
                (row, n) -> new Dashboard.Waiting(row.getString("function"), row.getLong("n"),
                        (Double) row.getObject("median"), (Double) row.getObject("p90")));
    }

    private Dashboard.Deadlines deadlines(MapSqlParameterSource params) {
        return new Dashboard.Deadlines(count(PermitMeasure.MISSED, params), count(PermitMeasure.AT_RISK, params));
    }

    private long count(PermitMeasure measure, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject("select count(*) from permit p join case_file c on c.id = p.id"
                + " where c.municipality = :m and " + measure.condition(), params, Long.class);
        return count == null ? 0 : count;
    }

    private Dashboard.Counts yesBeforeNo(MapSqlParameterSource params) {
        return new Dashboard.Counts(count(PermitMeasure.PROPOSED_NO, params), count(PermitMeasure.BECAME_YES, params),
                count(PermitMeasure.REJECTED_AFTER_COMMUNICATION, params));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

}
