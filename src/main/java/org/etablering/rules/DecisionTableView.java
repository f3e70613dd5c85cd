package org.etablering.rules;

import java.time.Instant;

/** One version of a decision table, as the administrators' page and the API show it. */
public record DecisionTableView(String decisionId, int version, String fileName, String sha256, String source,
                                Integer reinstatedFrom, String recordedBy, Instant recordedAt, String comment,
                                boolean inService, Integer engineVersion) {
}
