package org.etablering.cases;

import java.util.UUID;

/** Something happened on a case's timeline, in the transaction that records it. */
public record CaseEventRecorded(UUID caseId, long eventId, CaseEventKind kind, String role, String actor,
                                String detail) {
}
