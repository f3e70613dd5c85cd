package org.etablering.retention;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the personal content of closed cases is kept, per case kind and outcome (the municipality's gallringsbeslut
 * or bevarings- og kassasjonsvedtak). A rule without {@code after} keeps the cases. Decisions, register entries, the
 * case number and the audit trail are always kept, so a rule may only name what is personal: the contact person,
 * messages' text, attachments, internal notes and the free-text description.
 */
@ConfigurationProperties("etablering.retention")
public record RetentionProperties(String cron, List<Rule> rules) {

    static final Set<String> ERASABLE = Set.of("CONTACT", "MESSAGES", "ATTACHMENTS", "NOTES", "DESCRIPTION");
    private static final Set<String> KINDS = Set.of("INQUIRY", "PERMIT", "LAND_REQUEST");

    public RetentionProperties {
        cron = cron == null || cron.isBlank() ? "0 30 2 * * *" : cron;
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Cases of {@code kind} closed with one of {@code outcomes} (any, if none) lose {@code erase} {@code after} closing. */
    public record Rule(String kind, List<String> outcomes, Period after, List<String> erase) {

        public Rule {
            if (kind == null || !KINDS.contains(kind)) {
                throw new IllegalArgumentException("A retention rule names a case kind: one of " + KINDS + ", not " + kind);
            }
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            erase = erase == null || erase.isEmpty() ? List.copyOf(ERASABLE) : List.copyOf(erase);
            for (String what : erase) {
                if (!ERASABLE.contains(what)) {
                    throw new IllegalArgumentException("A retention rule for " + kind + " would erase " + what
                            + ": decisions, register entries, the case number and the audit trail are always kept; "
                            + "a rule may erase only " + ERASABLE);
                }
            }
            if (after != null && (after.isNegative() || after.toTotalMonths() < 1 && after.getDays() < 30)) {
                throw new IllegalArgumentException("A retention rule for " + kind + " keeps cases at least a month, "
                        + "not " + after);
            }
        }

        boolean keeps() {
            return after == null;
        }
    }
}
