package org.etablering.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail. Immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    public enum Outcome { ALLOWED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "user_id")
    private String userId;

    private String username;

    private String roles;

    private String municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    private String detail;

    @Column(name = "client_ip")
    private String clientIp;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, Actor actor, AuditAction action, UUID caseId, Outcome outcome,
               String detail, String clientIp) {
        this.occurredAt = occurredAt;
        this.userId = actor.userId();
        this.username = actor.username();
        this.roles = actor.roles();
        this.municipality = actor.municipality();
        this.action = action;
        this.caseId = caseId;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.clientIp = clientIp;
    }

    /** Who acted: a signed-in person, the process engine, or an unknown caller. */
    public record Actor(String userId, String username, String roles, String municipality) {
        public static final Actor PROCESS = new Actor(null, "process", null, null);
        public static final Actor ANONYMOUS = new Actor(null, "anonymous", null, null);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getUserId() { return userId; }
    public String getUsername() { return username; }
    public String getRoles() { return roles; }
    public String getMunicipality() { return municipality; }
    public AuditAction getAction() { return action; }
    public UUID getCaseId() { return caseId; }
    public Outcome getOutcome() { return outcome; }
    public String getDetail() { return detail; }
    public String getClientIp() { return clientIp; }
}
