package org.etablering.insight;

import java.time.Instant;
import java.util.UUID;

/** One inquiry in a dashboard's list of cases. */
public record CaseRow(UUID id, String caseNumber, String companyName, String status, Instant submittedAt,
                      Instant closedAt) {
}
