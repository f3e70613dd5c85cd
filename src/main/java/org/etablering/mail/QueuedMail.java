package org.etablering.mail;

import java.util.UUID;

/**
 * A mail to write to the outbox. Exactly one of address, username and role says who receives it: an address as
 * given (the company's contact), a user whose address the directory knows, or every official who holds a role.
 */
record QueuedMail(String dedupKey, UUID caseId, String municipality, Audience audience, String address,
                  String username, String role, String subject, String body, UUID documentId) {
}
