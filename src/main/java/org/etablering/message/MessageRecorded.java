package org.etablering.message;

import java.util.UUID;

/** A message was stored on a case, in the transaction that stores it. */
public record MessageRecorded(UUID caseId, UUID messageId, MessageKind kind, boolean fromCompany, String author,
                              String text) {
}
