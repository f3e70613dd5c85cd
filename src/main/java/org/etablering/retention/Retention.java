package org.etablering.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.AdminsOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal content of closed cases whose retention time has run out, as the rules say: the contact person,
 * messages' text, attachments, internal notes, the free-text description and queued mails. The case, its number,
 * status and outcome, the register entries, decisions and the audit trail stay. Runs every night; an administrator
 * previews what a run at any moment would erase. The job reads and writes the tables of several features on purpose:
 * records management spans them, by law, and must see them together.
 */
@Service
@EnableConfigurationProperties(RetentionProperties.class)
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 500;
    private static final int NUMBERS_SHOWN = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RetentionProperties properties;
    private final Clock clock;

    Retention(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions, RetentionProperties properties,
              Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    public List<RetentionProperties.Rule> rules() {
        return properties.rules();
    }

    /** What a run at {@code at} would erase (a moment in the future shows what is coming). */
    @AdminsOnly
    public RetentionPreview preview(Instant at) {
        List<RetentionPreview.RuleEffect> effects = new ArrayList<>();
        for (RetentionProperties.Rule rule : properties.rules()) {
            if (rule.keeps()) {
                effects.add(new RetentionPreview.RuleEffect(rule.kind(), rule.outcomes(), null, 0, 0, 0, 0, 0, List.of()));
                continue;
            }
            MapSqlParameterSource params = due(rule, at);
            String cases = "select id from case_file where " + DUE;
            List<String> numbers = jdbc.queryForList("select case_number from case_file where " + DUE
                    + " order by closed_at limit " + NUMBERS_SHOWN, params, String.class);
            effects.add(new RetentionPreview.RuleEffect(rule.kind(), rule.outcomes(), rule.after().toString(),
                    count("select count(*) from case_file where " + DUE, params),
                    rule.erase().contains("MESSAGES") ? count("select count(*) from case_message where case_id in ("
                            + cases + ")", params) : 0,
                    rule.erase().contains("ATTACHMENTS") ? count("select count(*) from message_attachment a join "
                            + "case_message m on m.id = a.message_id where m.case_id in (" + cases + ")", params) : 0,
                    rule.erase().contains("NOTES") ? count("select count(*) from case_note where case_id in (" + cases
                            + ")", params) : 0,
                    count("select count(*) from mail_outbox where case_id in (" + cases + ")", params), numbers));
        }
        return new RetentionPreview(at, effects);
    }

    /** The latest runs, newest first. */
    @AdminsOnly
    public List<RetentionRun> runs() {
        return jdbc.query("select * from retention_run order by started_at desc limit 50", new MapSqlParameterSource(),
                (row, n) -> new RetentionRun(row.getObject("id", UUID.class), row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("finished_at").toInstant(), row.getTimestamp("moment").toInstant(),
                        row.getInt("cases"), row.getInt("messages"), row.getInt("attachments"), row.getInt("notes"),
                        row.getInt("mails"), row.getString("case_numbers")));
    }

    @Scheduled(cron = "${etablering.retention.cron:0 30 2 * * *}")
    void nightly() {
        try {
            run(clock.instant());
        } catch (RuntimeException databaseAway) {
            log.warn("The retention run did not finish; it runs again next night: {}", databaseAway.getMessage());
        }
    }

    /** Erases what has passed its time at {@code at}, in batches, and logs the run with its counts. */
    RetentionRun run(Instant at) {
        Instant started = clock.instant();
        int[] totals = new int[5];
        List<String> numbers = new ArrayList<>();
        for (RetentionProperties.Rule rule : properties.rules()) {
            if (rule.keeps()) {
                continue;
            }
            while (true) {
                int[] batch = transactions.execute(status -> eraseBatch(rule, at, numbers));
                for (int i = 0; i < totals.length; i++) {
                    totals[i] += batch[i];
                }
                if (batch[0] < BATCH) {
                    break;
                }
            }
        }
        RetentionRun run = new RetentionRun(UUID.randomUUID(), started, clock.instant(), at, totals[0], totals[1],
                totals[2], totals[3], totals[4], String.join(" ", numbers.subList(0, Math.min(numbers.size(), 1000))));
        jdbc.update("""
                insert into retention_run (id, started_at, finished_at, moment, cases, messages, attachments, notes,
                    mails, case_numbers)
                values (:id, :started, :finished, :moment, :cases, :messages, :attachments, :notes, :mails, :numbers)""",
                new MapSqlParameterSource("id", run.id()).addValue("started", Timestamp.from(run.startedAt()))
                        .addValue("finished", Timestamp.from(run.finishedAt())).addValue("moment", Timestamp.from(at))
                        .addValue("cases", run.cases()).addValue("messages", run.messages())
                        .addValue("attachments", run.attachments()).addValue("notes", run.notes())
                        .addValue("mails", run.mails()).addValue("numbers", run.caseNumbers()));
        log.info("Retention run for {}: {} cases, {} messages, {} attachments, {} notes, {} mails erased", at,
                run.cases(), run.messages(), run.attachments(), run.notes(), run.mails());
        return run;
    }

    private int[] eraseBatch(RetentionProperties.Rule rule, Instant at, List<String> numbers) {
        MapSqlParameterSource params = due(rule, at).addValue("now", Timestamp.from(clock.instant()));
        List<UUID> ids = jdbc.queryForList("select id from case_file where " + DUE + " order by closed_at limit "
                + BATCH + " for update skip locked", params, UUID.class);
        if (ids.isEmpty()) {
            return new int[5];
        }
        params.addValue("ids", ids);
        numbers.addAll(jdbc.queryForList("select case_number from case_file where id in (:ids) order by closed_at",
                params, String.class));
        int attachments = rule.erase().contains("ATTACHMENTS") ? jdbc.update("delete from message_attachment where "
                + "message_id in (select id from case_message where case_id in (:ids))", params) : 0;
        int messages = rule.erase().contains("MESSAGES") ? jdbc.update("update case_message set text = '' "
                + "where case_id in (:ids)", params) : 0;
        int notes = rule.erase().contains("NOTES") ? jdbc.update("update case_note set text = '' "
                + "where case_id in (:ids)", params) : 0;
        int mails = jdbc.update("delete from mail_outbox where case_id in (:ids)", params);
        jdbc.update("update case_file set erased_at = :now"
                + (rule.erase().contains("CONTACT") ? ", contact_name = null, contact_email = null, contact_phone = null" : "")
                + (rule.erase().contains("DESCRIPTION") ? ", description = ''" : "")
                + " where id in (:ids)", params);
        return new int[] {ids.size(), messages, attachments, notes, mails};
    }

    /** Closed, not yet erased, of the rule's kind and outcomes, closed longer ago than the rule keeps them. */
    private static final String DUE = "kind = :kind and closed_at is not null and erased_at is null "
            + "and closed_at < :cutoff and (:anyOutcome or outcome in (:outcomes))";

    private static MapSqlParameterSource due(RetentionProperties.Rule rule, Instant at) {
        Instant cutoff = at.atOffset(ZoneOffset.UTC).minus(rule.after()).toInstant();
        return new MapSqlParameterSource("kind", rule.kind()).addValue("cutoff", Timestamp.from(cutoff))
                .addValue("anyOutcome", rule.outcomes().isEmpty())
                .addValue("outcomes", rule.outcomes().isEmpty() ? List.of("") : rule.outcomes());
    }

    private int count(String sql, MapSqlParameterSource params) {
        Integer counted = jdbc.queryForObject(sql, params, Integer.class);
        return counted == null ? 0 : counted;
    }
}
