package org.etablering.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An official's internal note on a case. Companies never see these. */
@Entity
@Table(name = "inquiry_note")
public class InquiryNote {

    @Id
    private UUID id;

    @Column(name = "inquiry_id", nullable = false, updatable = false)
    private UUID inquiryId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_role", nullable = false, updatable = false)
    private String authorRole;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected InquiryNote() {
    }

    InquiryNote(UUID inquiryId, String author, String authorRole, String text, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.inquiryId = inquiryId;
        this.author = author;
        this.authorRole = authorRole;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public UUID getId() { return id; }
    public UUID getInquiryId() { return inquiryId; }
    public String getAuthor() { return author; }
    public String getAuthorRole() { return authorRole; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getText() { return text; }
}
