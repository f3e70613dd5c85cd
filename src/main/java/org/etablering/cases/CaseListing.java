package org.etablering.cases;

import java.time.Instant;
import java.util.UUID;

/** A case as the register lists it. */
public record CaseListing(UUID id, CaseKind kind, String caseNumber, String companyName, String orgNumber,
                          String status, String owner, boolean confidential, Instant openedAt, Instant updatedAt,
                          Instant closedAt, String outcome, UUID parentId, Instant nextDeadline, String href,
                          String summary) {
}
