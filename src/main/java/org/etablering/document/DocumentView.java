package org.etablering.document;

import java.time.Instant;
import java.util.UUID;

/** A document issued on a case, without its content. */
public record DocumentView(UUID id, UUID caseId, DocumentKind kind, String title, String fileName, long sizeBytes,
                           String sha256, Instant issuedAt) {
}
