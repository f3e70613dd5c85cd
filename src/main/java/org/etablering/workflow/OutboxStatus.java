package org.etablering.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.AdminsOnly;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For administrators: messages to the engine that have not gone out yet, with the last error. */
@Service
public class OutboxStatus {

    public record PendingMessage(UUID id, String messageName, String correlationKey, Instant createdAt,
                                 int attempts, String lastError) {
    }

    private final OutboxRepository outbox;

    OutboxStatus(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @AdminsOnly
    @Transactional(readOnly = true)
    public List<PendingMessage> pending() {
        return outbox.findByPublishedAtIsNullOrderByCreatedAtAsc(PageRequest.of(0, 500)).stream()
                .map(message -> new PendingMessage(message.getId(), message.getMessageName(),
                        message.getCorrelationKey(), message.getCreatedAt(), message.getAttempts(),
                        message.getLastError()))
                .toList();
    }
}
