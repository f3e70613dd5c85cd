package org.etablering.handoff;

import java.util.UUID;

/** What happens to hand-offs, for the case's timeline; published within the transaction that did it. */
public final class HandOffEvents {

    private HandOffEvents() {
    }

    public record Requested(UUID caseId, String role, String reason) {
    }

    public record Accepted(UUID caseId, String role, String by) {
    }

    public record Escalated(UUID caseId, String role) {
    }

    public record SentBack(UUID caseId, String role, String by, String reason) {
    }

    public record Completed(UUID caseId, String role, String by, String followUp) {
    }
}
