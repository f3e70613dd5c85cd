package org.etablering.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox messages to the engine: at once after each commit, and on a schedule for whatever could not
 * be published then (engine down, application crashed between commit and publish). Each round claims a batch
 * and commits, calls the engine outside any transaction, and then marks what was delivered.
 *
 * <p>An unreachable engine is a state of the engine, not of a message: the relay then sends one message per
 * round to find out when the engine is back, and on its return sends everything that waited, at once.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    static final int BATCH = 50;
    /** How long a claim holds; a relay that died with a claim releases it this way. */
    static final Duration LEASE = Duration.ofMinutes(1);
    private static final int PURGE_BATCH = 10_000;

    private final OutboxStore outbox;
    private final EnginePublisher engine;
    private final java.util.function.BooleanSupplier modelsDeployed;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration retention;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());
    private volatile boolean engineReachable = true;

    @org.springframework.beans.factory.annotation.Autowired
    OutboxRelay(OutboxStore outbox, EnginePublisher engine, ModelDeployment models, TransactionTemplate transaction,
                Clock clock, @Value("${etablering.workflow.outbox-retention:P7D}") Duration retention) {
        this(outbox, engine, models::deployed, transaction, clock, retention);
    }

    OutboxRelay(OutboxStore outbox, EnginePublisher engine, java.util.function.BooleanSupplier modelsDeployed,
                TransactionTemplate transaction, Clock clock, Duration retention) {
        this.outbox = outbox;
        this.engine = engine;
        this.modelsDeployed = modelsDeployed;
        this.transaction = transaction;
        this.clock = clock;
        this.retention = retention;
    }

    @TransactionalEventListener
    void onCommit(WorkflowMessages.OutboxMessageQueued queued) {
        if (engineReachable) {
            afterCommit.execute(this::publishDue);
        }
    }

    @Scheduled(fixedDelayString = "${etablering.workflow.outbox-sweep:PT2S}")
    void sweep() {
        publishDue();
    }

    /** Publishes due messages in batches until none is left or the engine cannot be reached; returns how many. */
    synchronized int publishDue() {
        if (!modelsDeployed.getAsBoolean()) {
            // a start message before its process is deployed would start nothing
            return 0;
        }
        int total = 0;
        while (true) {
            int batch = engineReachable ? BATCH : 1;
            List<PendingMessage> claimed;
            try {
                claimed = transaction.execute(status -> outbox.claim(clock.instant(), LEASE, batch));
            } catch (RuntimeException databaseUnavailable) {
                log.debug("Could not claim outbox messages: {}", databaseUnavailable.getMessage());
                return total;
            }
            if (claimed == null || claimed.isEmpty()) {
                return total;
            }
            Map<UUID, EnginePublisher.Result> results = engine.publish(claimed);
            int delivered = record(claimed, results);
            total += delivered;
            boolean reachable = results.values().stream()
                    .noneMatch(result -> result.delivery() == EnginePublisher.Delivery.ENGINE_UNAVAILABLE);
            if (reachable != engineReachable) {
                log.warn(reachable ? "The engine is reachable again; publishing the messages that waited"
                        : "The engine cannot be reached; outbox messages wait until it is back");
            }
            engineReachable = reachable;
            if (!reachable || claimed.size() < batch) {
                return total;
            }
        }
    }

    /** Marks the batch in one transaction; if the database is away, the claims run out and the batch goes again. */
    private int record(List<PendingMessage> claimed, Map<UUID, EnginePublisher.Result> results) {
        Instant now = clock.instant();
        List<UUID> delivered = claimed.stream().map(PendingMessage::id)
                .filter(id -> results.get(id).delivery() == EnginePublisher.Delivery.DELIVERED).toList();
        try {
            transaction.executeWithoutResult(status -> {
                outbox.delivered(delivered, now);
                for (PendingMessage message : claimed) {
                    EnginePublisher.Result result = results.get(message.id());
                    switch (result.delivery()) {
                        case DELIVERED -> { }
                        // due again at once: the relay itself waits for the engine, one message at a time
                        case ENGINE_UNAVAILABLE -> outbox.notDelivered(message.id(), result.error(), now);
                        case REFUSED -> {
                            log.warn("The engine refused {} for {} (attempt {}): {}", message.messageName(),
                                    message.correlationKey(), message.attempts() + 1, result.error());
                            outbox.notDelivered(message.id(), result.error(),
                                    now.plus(backOff(message.attempts() + 1)));
                        }
                    }
                }
            });
            return delivered.size();
        } catch (RuntimeException databaseUnavailable) {
            // sent again once the claims run out, which the engine recognises as duplicates
            log.debug("Could not record the delivery of {} messages: {}", claimed.size(), databaseUnavailable.getMessage());
            return 0;
        }
    }

    /** A refused message is tried again after 2, 4, 8 … seconds, at most every five minutes. */
    static Duration backOff(int attempts) {
        return Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 9)));
    }

    /** Published messages are kept a while to answer questions about them, then removed. */
    @Scheduled(fixedDelayString = "${etablering.workflow.outbox-purge-every:PT1H}", initialDelayString = "PT1M")
    void purge() {
        Instant before = clock.instant().minus(retention);
        try {
            int removed;
            do {
                removed = outbox.purgePublishedBefore(before, PURGE_BATCH);
            } while (removed == PURGE_BATCH);
        } catch (RuntimeException databaseUnavailable) {
            log.debug("Could not purge the outbox: {}", databaseUnavailable.getMessage());
        }
    }

    boolean engineReachable() {
        return engineReachable;
    }
}
