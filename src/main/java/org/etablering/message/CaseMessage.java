package org.etablering.message;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A message on a case (an inquiry or a permit) between the company and the municipality. Both sides see it. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    @Id
    private UUID id;

    /** The inquiry or permit the message is on. */
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageKind kind;

    @Column(name = "from_company", nullable = false, updatable = false)
    private boolean fromCompany;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_role", updatable = false)
    private String authorRole;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(nullable = false, updatable = false)
    private String text;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", nullable = false, updatable = false)
    private List<MessageAttachment> attachments = new ArrayList<>();

    protected CaseMessage() {
    }

    CaseMessage(UUID caseId, MessageKind kind, boolean fromCompany, String author, String authorRole, String text,
                Instant sentAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.fromCompany = fromCompany;
        this.author = author;
        this.authorRole = authorRole;
        this.text = text;
        this.sentAt = sentAt;
    }

    void attach(MessageAttachment attachment) {
        attachments.add(attachment);
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public MessageKind getKind() { return kind; }
    public boolean isFromCompany() { return fromCompany; }
    public String getAuthor() { return author; }
    public String getAuthorRole() { return authorRole; }
    public Instant getSentAt() { return sentAt; }
    public String getText() { return text; }
    public List<MessageAttachment> getAttachments() { return attachments; }
}
