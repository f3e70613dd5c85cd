package org.etablering.inquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An Idempotency-Key a person sent with a submission, and the case it created. */
@Entity
@Table(name = "submission_key")
@IdClass(SubmissionKey.Id.class)
class SubmissionKey {

    record Id(String userId, String key) implements Serializable {
    }

    @jakarta.persistence.Id
    @Column(name = "user_id")
    private String userId;

    @jakarta.persistence.Id
    private String key;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "case_id", nullable = false)
    private UUID inquiryId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SubmissionKey() {
    }

    SubmissionKey(String userId, String key, String requestHash, UUID inquiryId, Instant createdAt) {
        this.userId = userId;
        this.key = key;
        this.requestHash = requestHash;
        this.inquiryId = inquiryId;
        this.createdAt = createdAt;
    }

    String getRequestHash() { return requestHash; }
    UUID getInquiryId() { return inquiryId; }
}
