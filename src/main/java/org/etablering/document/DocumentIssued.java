package org.etablering.document;

import java.util.UUID;

/** A document was issued on a case, in the transaction that issues it. */
public record DocumentIssued(UUID caseId, UUID documentId, DocumentKind kind, String title, String municipality) {
}
