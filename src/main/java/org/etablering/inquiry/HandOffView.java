package org.etablering.inquiry;

import java.time.Instant;
import java.util.UUID;
import org.etablering.handoff.HandOff;

/** A hand-off as officials see it, with how long it waited (or has waited so far) for acceptance. */
public record HandOffView(
        UUID id, String fromRole, String toRole, String reason, HandOff.State state, Instant requestedAt,
        Instant acceptanceDue, Instant acceptedAt, String acceptedBy, long waitingSeconds, Instant escalatedAt,
        Instant completedAt, String completedBy, String summary, String nextSteps, String followUp, Instant sentBackAt,
        String sentBackBy, String sendBackReason) {
}
