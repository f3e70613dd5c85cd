package org.etablering.mail;

import java.util.UUID;

/** A mail the relay has claimed for sending. */
record PendingMail(UUID id, UUID caseId, String municipality, Audience audience, String address, String username,
                   String role, String subject, String body, UUID documentId, int attempts) {
}
