package org.etablering.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The relay's view of the outbox table. Messages are claimed for a short lease in one short transaction and
 * marked in another, so that no database lock is held while the engine is called; a claim whose relay died
 * runs out and the message is claimed again.
 */
@Component
class OutboxStore {

    private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() { };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    OutboxStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Claims up to {@code limit} due messages, oldest first, skipping those another instance holds. */
    List<PendingMessage> claim(Instant now, Duration lease, int limit) {
        return jdbc.query("""
                with due as (select id from workflow_outbox
                             where published_at is null and next_attempt_at <= ?
                               and (claimed_until is null or claimed_until < ?)
                             order by created_at
                             limit ?
                             for update skip locked),
                     claimed as (update workflow_outbox message set claimed_until = ?
                                 from due where message.id = due.id
                                 returning message.id, message_name, correlation_key, variables, attempts, created_at)
                select * from claimed order by created_at""",
                (row, n) -> new PendingMessage(row.getObject("id", UUID.class), row.getString("message_name"),
                        row.getString("correlation_key"), variables(row.getString("variables")), row.getInt("attempts")),
                Timestamp.from(now), Timestamp.from(now), limit, Timestamp.from(now.plus(lease)));
    }

    void delivered(List<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    update workflow_outbox set published_at = ?, attempts = attempts + 1, last_error = null,
                        claimed_until = null where id = any(?)""");
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            return statement;
        });
    }

    /** Not delivered; the message is due again at {@code nextAttempt}. */
    void notDelivered(UUID id, String error, Instant nextAttempt) {
        jdbc.update("""
                update workflow_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                    claimed_until = null where id = ?""",
                error.length() > 2000 ? error.substring(0, 2000) : error, Timestamp.from(nextAttempt), id);
    }

    /** Removes messages published before {@code before}, at most {@code limit} of them; returns how many. */
    int purgePublishedBefore(Instant before, int limit) {
        return jdbc.update("""
                delete from workflow_outbox where id in (
                    select id from workflow_outbox where published_at < ? limit ?)""",
                Timestamp.from(before), limit);
    }

    private Map<String, Object> variables(String value) {
        try {
            return json.readValue(value, VARIABLES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox message's variables are not JSON", e);
        }
    }
}
