package org.etablering.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message for the engine, written in the same transaction as the case change that causes it and
 * published after commit by {@link OutboxRelay}. Its id doubles as the engine's message id, so publishing
 * it again after a crash is recognised by the engine as a duplicate instead of acting twice.
 */
@Entity
@Table(name = "workflow_outbox")
class OutboxMessage {

    @Id
    private UUID id;

    @Column(name = "message_name", nullable = false, updatable = false)
    private String messageName;

    @Column(name = "correlation_key", nullable = false, updatable = false)
    private String correlationKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    private Map<String, Object> variables;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(String messageName, String correlationKey, Map<String, Object> variables, Instant now) {
        this.id = UUID.randomUUID();
        this.messageName = messageName;
        this.correlationKey = correlationKey;
        // a variable may be null (a field the company left empty), which Map.copyOf would refuse
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    UUID getId() { return id; }
    String getMessageName() { return messageName; }
    String getCorrelationKey() { return correlationKey; }
    Map<String, Object> getVariables() { return variables; }
    Instant getPublishedAt() { return publishedAt; }
    Instant getCreatedAt() { return createdAt; }
    int getAttempts() { return attempts; }
    String getLastError() { return lastError; }
}
