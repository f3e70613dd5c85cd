package org.etablering.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox messages to the engine: at once after each commit, and on a schedule for whatever
 * could not be published then (engine down, application crashed between commit and publish).
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Long enough to recognise any retry as a duplicate; the engine rejects a message id it still holds. */
    static final Duration MESSAGE_TIME_TO_LIVE = Duration.ofDays(1);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final CamundaClient camunda;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("outbox-relay").daemon().factory());

    OutboxRelay(OutboxRepository outbox, CamundaClient camunda, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.camunda = camunda;
        this.transaction = transaction;
        this.clock = clock;
    }

    @TransactionalEventListener
    void onCommit(WorkflowMessages.OutboxMessageQueued queued) {
        afterCommit.execute(this::publishDue);
    }

    @Scheduled(fixedDelayString = "${etablering.workflow.outbox-sweep:PT2S}")
    void sweep() {
        publishDue();
    }

    /** Publishes due messages in batches until none is left; returns how many went out. */
    synchronized int publishDue() {
        int total = 0;
        int published;
        do {
            published = transaction.execute(status -> publishBatch());
            total += published;
        } while (published == BATCH);
        return total;
    }

    private int publishBatch() {
        List<OutboxMessage> due = outbox.lockDue(clock.instant(), BATCH);
        int published = 0;
        for (OutboxMessage message : due) {
            try {
                send(message);
                message.published(clock.instant());
                published++;
            } catch (ClientStatusException e) {
                if (e.getStatusCode() == Status.Code.ALREADY_EXISTS) {
                    // published before a crash: the engine already holds it, so it is done
                    message.published(clock.instant());
                    published++;
                } else {
                    fail(message, e);
                }
            } catch (RuntimeException e) {
                fail(message, e);
            }
        }
        return published;
    }

    void send(OutboxMessage message) {
        camunda.newPublishMessageCommand()
                .messageName(message.getMessageName())
                .correlationKey(message.getCorrelationKey())
                .messageId(message.getId().toString())
                .timeToLive(MESSAGE_TIME_TO_LIVE)
                .variables(message.getVariables())
                .send()
                .join(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void fail(OutboxMessage message, RuntimeException e) {
        log.warn("Could not publish {} for {} (attempt {}): {}", message.getMessageName(),
                message.getCorrelationKey(), message.getAttempts() + 1, e.getMessage());
        message.failed(String.valueOf(e.getMessage()), clock.instant());
    }
}
