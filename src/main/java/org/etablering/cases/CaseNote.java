package org.etablering.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An official's internal note on a case, of any kind. Companies never see these. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_role", nullable = false, updatable = false)
    private String authorRole;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected CaseNote() {
    }

    CaseNote(UUID caseId, String author, String authorRole, String text, Instant writtenAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.author = author;
        this.authorRole = authorRole;
        this.text = text;
        this.writtenAt = writtenAt;
    }

    public UUID getId() { return id; }
    public UUID getCaseId() { return caseId; }
    public String getAuthor() { return author; }
    public String getAuthorRole() { return authorRole; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getText() { return text; }
}
