package org.etablering.mail;

import java.time.Instant;
import java.util.UUID;

/** A mail of a case as officials see it: to whom, about what, and whether it went. */
public record MailView(UUID id, String audience, String recipient, String subject, Instant queuedAt, Instant sentAt,
                       Instant failedAt, int attempts, String lastError) {

    public boolean isFailed() {
        return failedAt != null;
    }

    public boolean isWaiting() {
        return sentAt == null && failedAt == null;
    }
}
