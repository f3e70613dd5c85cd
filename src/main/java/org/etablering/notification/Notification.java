package org.etablering.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Something an official should know about a case, e.g. that its deadline draws near; to a person or a role. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String municipality;

    @Column(updatable = false)
    private String recipient;

    @Column(name = "recipient_role", updatable = false)
    private String recipientRole;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String municipality, String recipient, String recipientRole, UUID caseId, String caseNumber,
                 String kind, Instant dueAt, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.municipality = municipality;
        this.recipient = recipient;
        this.recipientRole = recipientRole;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.kind = kind;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public UUID getId() { return id; }
    public String getRecipient() { return recipient; }
    public String getRecipientRole() { return recipientRole; }
    public UUID getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getKind() { return kind; }
    public Instant getDueAt() { return dueAt; }
    public Instant getCreatedAt() { return createdAt; }
}
