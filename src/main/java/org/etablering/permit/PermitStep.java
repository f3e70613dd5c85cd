package org.etablering.permit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A stretch of time a permit spent in one step: the timeline, and what managers measure. */
@Entity
@Table(name = "permit_step")
public class PermitStep {

    @Id
    private UUID id;

    @Column(name = "permit_id", nullable = false, updatable = false)
    private UUID permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PermitStatus step;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Column(updatable = false)
    private String detail;

    protected PermitStep() {
    }

    PermitStep(UUID permitId, PermitStatus step, Instant enteredAt, String detail) {
        this.id = UUID.randomUUID();
        this.permitId = permitId;
        this.step = step;
        this.enteredAt = enteredAt;
        this.detail = detail;
    }

    void left(Instant now) {
        if (leftAt == null) {
            leftAt = now;
        }
    }

    /** Time in the step so far, or in all if it has been left. */
    public Duration duration(Instant now) {
        return Duration.between(enteredAt, leftAt == null ? now : leftAt);
    }

    public PermitStatus getStep() { return step; }
    public Instant getEnteredAt() { return enteredAt; }
    public Instant getLeftAt() { return leftAt; }
    public String getDetail() { return detail; }
}
