package org.etablering.retention;

import java.time.Instant;
import java.util.List;

/** What a retention run at {@code at} erases: per rule, the cases and how much of their content. */
public record RetentionPreview(Instant at, List<RuleEffect> rules) {

    public record RuleEffect(String kind, List<String> outcomes, String after, int cases, int messages,
                             int attachments, int notes, int mails, List<String> caseNumbers) {
    }
}
