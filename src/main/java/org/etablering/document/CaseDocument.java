package org.etablering.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A document issued on a case, kept as the bytes that were issued. */
@Entity
@Table(name = "case_document")
class CaseDocument {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    protected CaseDocument() {
    }

    CaseDocument(UUID caseId, DocumentKind kind, String reference, String title, String fileName, String sha256,
                 byte[] content, Instant issuedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.reference = reference;
        this.title = title;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.content = content;
        this.issuedAt = issuedAt;
    }

    UUID getId() { return id; }
    UUID getCaseId() { return caseId; }
    DocumentKind getKind() { return kind; }
    String getTitle() { return title; }
    String getFileName() { return fileName; }
    String getSha256() { return sha256; }
    long getSizeBytes() { return sizeBytes; }
    byte[] getContent() { return content; }
    Instant getIssuedAt() { return issuedAt; }

    DocumentView view() {
        return new DocumentView(id, caseId, kind, title, fileName, sizeBytes, sha256, issuedAt);
    }
}
