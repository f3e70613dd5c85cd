package org.etablering.clock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One pause of a clock, with its reason. */
@Entity
@Table(name = "case_clock_pause")
public class ClockPause {

    @Id
    private UUID id;

    @Column(name = "clock_id", nullable = false, updatable = false)
    private UUID clockId;

    @Column(name = "paused_at", nullable = false, updatable = false)
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private Instant resumedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PauseReason reason;

    protected ClockPause() {
    }

    ClockPause(UUID clockId, Instant pausedAt, PauseReason reason) {
        this.id = UUID.randomUUID();
        this.clockId = clockId;
        this.pausedAt = pausedAt;
        this.reason = reason;
    }

    void resumed(Instant at) {
        resumedAt = at;
    }

    public Instant getPausedAt() { return pausedAt; }
    public Instant getResumedAt() { return resumedAt; }
    public PauseReason getReason() { return reason; }
}
