package org.etablering.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox table. Mail is queued in the caller's transaction; the relay claims due mail for a short lease
 * in one transaction, sends outside any transaction, and records the result in another.
 */
@Component
class MailOutbox {

    /** Tells the relay, after the commit, that there is mail to send. */
    record Queued() {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MailOutbox(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Queues the mail unless one with its dedup key was queued before; returns whether it was new. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queue(QueuedMail mail) {
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                insert into mail_outbox (id, dedup_key, case_id, municipality, audience, recipient_address,
                    recipient_username, recipient_role, subject, body, document_id, created_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (dedup_key) do nothing""",
                UUID.randomUUID(), cut(mail.dedupKey(), 300), mail.caseId(), mail.municipality(), mail.audience().name(),
                mail.address(), mail.username(), mail.role(), cut(mail.subject(), 500), mail.body(), mail.documentId(),
                Timestamp.from(now), Timestamp.from(now));
        if (inserted == 1) {
            events.publishEvent(new Queued());
        }
        return inserted == 1;
    }

    List<PendingMail> claim(Instant now, Duration lease, int limit) {
        return jdbc.query("""
                with due as (select id from mail_outbox
                             where sent_at is null and failed_at is null and next_attempt_at <= ?
                               and (claimed_until is null or claimed_until < ?)
                             order by created_at
                             limit ?
                             for update skip locked),
                     claimed as (update mail_outbox mail set claimed_until = ?
                                 from due where mail.id = due.id
                                 returning mail.*)
                select * from claimed order by created_at""",
                (row, n) -> new PendingMail(row.getObject("id", UUID.class), row.getObject("case_id", UUID.class),
                        row.getString("municipality"), Audience.valueOf(row.getString("audience")),
                        row.getString("recipient_address"), row.getString("recipient_username"),
                        row.getString("recipient_role"), row.getString("subject"), row.getString("body"),
                        row.getObject("document_id", UUID.class), row.getInt("attempts")),
                Timestamp.from(now), Timestamp.from(now), limit, Timestamp.from(now.plus(lease)));
    }

    void sent(UUID id, String address, Instant now) {
        jdbc.update("""
                update mail_outbox set sent_at = ?, recipient_address = coalesce(recipient_address, ?),
                    attempts = attempts + 1, last_error = null, claimed_until = null where id = ?""",
                Timestamp.from(now), address, id);
    }

    void failedForNow(UUID id, String error, Instant nextAttempt) {
        jdbc.update("""
                update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = null
                where id = ?""", cut(error, 2000), Timestamp.from(nextAttempt), id);
    }

    void failed(UUID id, String error, Instant now) {
        jdbc.update("""
                update mail_outbox set attempts = attempts + 1, last_error = ?, failed_at = ?, claimed_until = null
                where id = ?""", cut(error, 2000), Timestamp.from(now), id);
    }

    /** A case's mail, newest first, for the officials' case page. */
    List<MailView> ofCase(UUID caseId) {
        return jdbc.query("""
                select id, audience, coalesce(recipient_address, recipient_username, recipient_role) as recipient,
                       subject, created_at, sent_at, failed_at, attempts, last_error
                from mail_outbox where case_id = ? and recipient_role is null order by created_at desc limit 200""",
                (row, n) -> new MailView(row.getObject("id", UUID.class), row.getString("audience"),
                        row.getString("recipient"), row.getString("subject"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("sent_at") == null ? null : row.getTimestamp("sent_at").toInstant(),
                        row.getTimestamp("failed_at") == null ? null : row.getTimestamp("failed_at").toInstant(),
                        row.getInt("attempts"), row.getString("last_error")),
                caseId);
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit);
    }
}
