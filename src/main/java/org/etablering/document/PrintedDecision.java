package org.etablering.document;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A decision document with every word already in the municipality's language, as it is laid out on paper.
 *
 * @param pageLabel writes "page n of m" for the foot of each page
 */
record PrintedDecision(String language, String issuer, String title, List<Fact> facts, List<Section> sections,
                       BiFunction<Integer, Integer, String> pageLabel, Instant issuedAt) {

    /** A line of the document's head: case number, date, applicant. */
    record Fact(String label, String value) {
    }

    /** A headed part of the decision: the decision, its legal basis, reasoning, conditions, how to appeal. */
    record Section(String heading, String text) {
    }
}
