package org.etablering.permit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.etablering.problem.Refusal.Reason;

/**
 * "Yes before no": a permit may only be rejected when, since the latest proposal of a no, and in this
 * order, (1) at least one way to yes was explored and recorded and none worked, (2) the draft decision
 * went to the applicant and the reply time passed without a reply (a reply sends the case back to
 * assessment), and (3) a manager other than the case officer agreed in a second review.
 */
final class RejectionSafeguards {

    private RejectionSafeguards() {
    }

    /** What is missing for a rejection; empty when it may be issued. */
    static List<Reason> missingForRejection(Permit permit, List<Alternative> alternatives,
                                            List<Communication> communications, List<SecondReview> reviews, Instant now) {
        List<Reason> missing = new ArrayList<>();
        if (permit.getProposedOutcome() != ProposedOutcome.REJECT || permit.getProposedAt() == null) {
            missing.add(new Reason("rejection-not-proposed"));
            return missing;
        }
        Instant proposedAt = permit.getProposedAt();
        List<Alternative> explored = alternatives.stream()
                .filter(alternative -> !alternative.getRecordedAt().isBefore(proposedAt)).toList();
        if (explored.isEmpty()) {
            missing.add(new Reason("no-way-to-yes-explored"));
            return missing;
        }
        if (explored.stream().anyMatch(Alternative::isWorks)) {
            missing.add(new Reason("alternative-works"));
            return missing;
        }
        Instant exploredAt = explored.get(explored.size() - 1).getRecordedAt();
        Optional<Communication> communication = communications.stream()
                .filter(sent -> !sent.getSentAt().isBefore(exploredAt))
                .max(Comparator.comparing(Communication::getSentAt));
        if (communication.isEmpty()) {
            missing.add(new Reason("draft-not-communicated"));
            return missing;
        }
        if (!communication.get().isAnsweredOrOver(now)) {
            missing.add(new Reason("draft-reply-pending"));
            return missing;
        }
        if (!communication.get().isConsidered()) {
            missing.add(new Reason("reply-not-considered"));
            return missing;
        }
        if (Boolean.TRUE.equals(communication.get().getChangesAssessment())) {
            missing.add(new Reason("reply-changed-assessment"));
            return missing;
        }
        Instant consideredAt = communication.get().getConsideredAt();
        Optional<SecondReview> review = reviews.stream()
                .filter(done -> !done.getReviewedAt().isBefore(consideredAt))
                .max(Comparator.comparing(SecondReview::getReviewedAt));
        if (review.isEmpty() || !review.get().isAgrees()) {
            missing.add(new Reason("second-review-missing"));
        } else if (review.get().getReviewer().equals(permit.getOfficer())) {
            missing.add(new Reason("second-review-by-officer"));
        }
        return missing;
    }
}
