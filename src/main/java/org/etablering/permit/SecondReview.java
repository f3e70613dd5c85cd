package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A manager's second look at a proposed rejection: agrees, or sends it back. */
@Entity
@Table(name = "permit_review")
public class SecondReview {

    @Id
    private UUID id;

    @Column(name = "permit_id", nullable = false, updatable = false)
    private UUID permitId;

    @Column(nullable = false, updatable = false)
    private String reviewer;

    @Column(nullable = false, updatable = false)
    private boolean agrees;

    @Column(updatable = false)
    private String comment;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected SecondReview() {
    }

    SecondReview(UUID permitId, String reviewer, boolean agrees, String comment, Instant reviewedAt) {
        this.id = UUID.randomUUID();
        this.permitId = permitId;
        this.reviewer = reviewer;
        this.agrees = agrees;
        this.comment = comment;
        this.reviewedAt = reviewedAt;
    }

    public UUID getId() { return id; }
    public String getReviewer() { return reviewer; }
    public boolean isAgrees() { return agrees; }
    public String getComment() { return comment; }
    public Instant getReviewedAt() { return reviewedAt; }
}
