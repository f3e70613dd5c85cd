package org.etablering.workflow;

import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Whether the engine still holds the state the database expects. The engine numbers everything it records with
 * keys that only grow; every check publishes a message nobody waits for and compares its key with the last one
 * seen (the same correlation key, so the same partition). A key that is not larger means the engine lost its
 * state (its volume was wiped, or it was restored from an older backup). Then open tasks whose jobs are gone are
 * not closed as if their processes had ended: they are kept and flagged, health says so, and an administrator
 * restarts the processes (see the README, "When the engine lost its state").
 */
@Component("engineState")
public class EngineState implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(EngineState.class);
    static final String PROBE_MESSAGE = "etablering-engine-probe";
    private static final String PROBE_CORRELATION = "etablering-engine-watermark";
    /** Zeebe keys carry their partition in the bits above the 51 of the counter. */
    private static final int KEY_BITS = 51;
    private static final Duration CONFIRMATION_HOLDS = Duration.ofSeconds(5);

    private final CamundaClient camunda;
    private final JdbcTemplate jdbc;
    private final ModelDeployment models;
    private final Clock clock;
    private volatile Instant confirmedAt = Instant.MIN;

    EngineState(CamundaClient camunda, JdbcTemplate jdbc, ModelDeployment models, Clock clock) {
        this.camunda = camunda;
        this.jdbc = jdbc;
        this.models = models;
        this.clock = clock;
    }

    private record Watermark(long messageKey, Instant lostAt) {
    }

    /** When the engine was found to have lost its state, or empty while it holds it. */
    public Optional<Instant> lostSince() {
        return watermark().map(Watermark::lostAt);
    }

    /**
     * Whether the engine still holds its state, asking it unless it confirmed so a moment ago. An engine that
     * cannot be reached counts as intact: only a definite sign says otherwise.
     */
    public synchronized boolean intact() {
        if (lostSince().isPresent()) {
            return false;
        }
        if (Duration.between(confirmedAt, Instant.now()).compareTo(CONFIRMATION_HOLDS) < 0) {
            return true;
        }
        check();
        return lostSince().isEmpty();
    }

    @EventListener(ModelDeployment.ModelsDeployed.class)
    void onModelsDeployed() {
        check();
    }

    @Scheduled(fixedDelayString = "${etablering.workflow.engine-check-every:PT1M}", initialDelayString = "PT30S")
    void scheduledCheck() {
        if (models.deployed()) {
            check();
        }
    }

    synchronized void check() {
        try {
            Optional<Watermark> last = watermark();
            if (last.isPresent() && last.get().lostAt() != null) {
                return;
            }
            long key = probe();
            Instant now = clock.instant();
            boolean samePartition = last.isPresent() && partition(last.get().messageKey()) == partition(key);
            if (samePartition && key <= last.get().messageKey()) {
                jdbc.update("update engine_watermark set lost_at = ? where id = 1 and lost_at is null",
                        Timestamp.from(now));
                log.error("THE PROCESS ENGINE HAS LOST ITS STATE: its keys start again below those it gave before "
                        + "({} after {}). Open tasks are kept; an administrator must restart the lost processes "
                        + "(GET /api/v1/admin/engine; README \"When the engine lost its state\").",
                        key, last.get().messageKey());
                return;
            }
            jdbc.update("""
                    insert into engine_watermark (id, message_key, seen_at) values (1, ?, ?)
                    on conflict (id) do update set message_key = greatest(engine_watermark.message_key, excluded.message_key),
                        seen_at = excluded.seen_at where engine_watermark.lost_at is null""",
                    key, Timestamp.from(now));
            confirmedAt = Instant.now();
        } catch (RuntimeException unavailable) {
            log.debug("Could not check the engine's state: {}", unavailable.getMessage());
        }
    }

    /**
     * Accepts the engine as it is now, after the administrators restarted the lost processes: the watermark
     * starts again from the engine's current keys.
     */
    public synchronized void acceptCurrentEngine() {
        long key = probe();
        jdbc.update("""
                insert into engine_watermark (id, message_key, seen_at) values (1, ?, ?)
                on conflict (id) do update set message_key = excluded.message_key, seen_at = excluded.seen_at,
                    lost_at = null""", key, Timestamp.from(clock.instant()));
        confirmedAt = Instant.now();
        log.info("The engine's current state is accepted; watching its keys from {}", key);
    }

    private long probe() {
        return camunda.newPublishMessageCommand().messageName(PROBE_MESSAGE).correlationKey(PROBE_CORRELATION)
                .timeToLive(Duration.ZERO).send().join(10, TimeUnit.SECONDS).getMessageKey();
    }

    private static long partition(long key) {
        return key >> KEY_BITS;
    }

    private Optional<Watermark> watermark() {
        List<Watermark> rows = jdbc.query("select message_key, lost_at from engine_watermark where id = 1",
                (row, n) -> new Watermark(row.getLong("message_key"),
                        row.getTimestamp("lost_at") == null ? null : row.getTimestamp("lost_at").toInstant()));
        return rows.stream().findFirst();
    }

    @Override
    public Health health() {
        return lostSince()
                .map(since -> Health.down().withDetail("engineLostItsState", since.toString())
                        .withDetail("repair", "restart the lost processes: POST /api/v1/admin/engine/restart")
                        .build())
                .orElseGet(() -> Health.up().build());
    }
}
