package org.etablering.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * What a manager sees at a glance; every figure has a list of cases behind it. Lead and waiting times
 * cover the cases since {@code recentSince}; {@code countedAt} says when the figures were counted.
 */
public record Dashboard(
        java.time.Instant countedAt,
        LocalDate recentSince,
        List<Week> weeks,
        List<Count> backlogByFunction,
        List<Count> backlogByStage,
        LeadTime leadTime,
        List<Waiting> handOffWaiting,
        Deadlines deadlines,
        Counts yesBeforeNo) {

    /** Cases opened and closed in the week starting on {@code start} (a Monday). */
    public record Week(LocalDate start, long opened, long closed) {
    }

    public record Count(String key, long count) {
    }

    /** Days from submission to closing: median and 90th percentile, gross and net of the company's pauses. */
    public record LeadTime(long cases, Double medianDays, Double p90Days, Double netMedianDays, Double netP90Days) {
    }

    /** How long hand-offs to a function waited to be accepted, in hours. */
    public record Waiting(String function, long handOffs, Double medianHours, Double p90Hours) {
    }

    /** Statutory permit deadlines: passed without a decision, or due within the warning time. */
    public record Deadlines(long missed, long atRisk) {
    }

    public record Counts(long proposedNo, long becameYes, long rejectedAfterCommunication) {
    }
}
