package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A message between the municipality and the applicant on a permit: requests, drafts, replies, decisions. */
@Entity
@Table(name = "permit_message")
public class PermitMessage {

    @Id
    private UUID id;

    @Column(name = "permit_id", nullable = false, updatable = false)
    private UUID permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PermitMessageKind kind;

    @Column(name = "from_applicant", nullable = false, updatable = false)
    private boolean fromApplicant;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected PermitMessage() {
    }

    PermitMessage(UUID permitId, PermitMessageKind kind, boolean fromApplicant, String author, String text, Instant sentAt) {
        this.id = UUID.randomUUID();
        this.permitId = permitId;
        this.kind = kind;
        this.fromApplicant = fromApplicant;
        this.author = author;
        this.text = text;
        this.sentAt = sentAt;
    }

    public UUID getId() { return id; }
    public PermitMessageKind getKind() { return kind; }
    public boolean isFromApplicant() { return fromApplicant; }
    public String getAuthor() { return author; }
    public Instant getSentAt() { return sentAt; }
    public String getText() { return text; }
}
