package org.etablering.workflow;

import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How features talk to the processes: a message is recorded with the caller's own transaction and
 * reaches the engine once that transaction has committed, never before and never twice.
 */
@Service
public class WorkflowMessages {

    private final OutboxRepository outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkflowMessages(OutboxRepository outbox, ApplicationEventPublisher events, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(String messageName, String correlationKey, Map<String, Object> variables) {
        outbox.save(new OutboxMessage(messageName, correlationKey, variables, clock.instant()));
        events.publishEvent(new OutboxMessageQueued());
    }

    record OutboxMessageQueued() {
    }
}
