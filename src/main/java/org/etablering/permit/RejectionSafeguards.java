package org.etablering.permit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
    static List<String> missingForRejection(Permit permit, List<Alternative> alternatives,
                                            List<Communication> communications, List<SecondReview> reviews, Instant now) {
        List<String> missing = new ArrayList<>();
        if (permit.getProposedOutcome() != ProposedOutcome.REJECT || permit.getProposedAt() == null) {
            missing.add("The case officer has not proposed a rejection after assessing the application.");
            return missing;
        }
        Instant proposedAt = permit.getProposedAt();
        List<Alternative> explored = alternatives.stream()
                .filter(alternative -> !alternative.getRecordedAt().isBefore(proposedAt)).toList();
        if (explored.isEmpty()) {
            missing.add("No way to yes has been explored and recorded since the rejection was proposed.");
            return missing;
        }
        if (explored.stream().anyMatch(Alternative::isWorks)) {
            missing.add("An alternative that works was found, so the application is to be approved.");
            return missing;
        }
        Instant exploredAt = explored.get(explored.size() - 1).getRecordedAt();
        Optional<Communication> communication = communications.stream()
                .filter(sent -> !sent.getSentAt().isBefore(exploredAt))
                .max(Comparator.comparing(Communication::getSentAt));
        if (communication.isEmpty()) {
            missing.add("The draft decision has not been communicated to the applicant (förvaltningslagen 25 §).");
            return missing;
        }
        if (!communication.get().isAnsweredOrOver(now)) {
            missing.add("The applicant has neither replied to the draft decision nor let the time to reply pass.");
            return missing;
        }
        if (!communication.get().isConsidered()) {
            missing.add("The case officer has not considered the applicant's reply to the draft decision.");
            return missing;
        }
        if (Boolean.TRUE.equals(communication.get().getChangesAssessment())) {
            missing.add("The applicant's reply changed the assessment, so the application is to be assessed again.");
            return missing;
        }
        Instant consideredAt = communication.get().getConsideredAt();
        Optional<SecondReview> review = reviews.stream()
                .filter(done -> !done.getReviewedAt().isBefore(consideredAt))
                .max(Comparator.comparing(SecondReview::getReviewedAt));
        if (review.isEmpty() || !review.get().isAgrees()) {
            missing.add("A manager has not agreed to the rejection in a second review.");
        } else if (review.get().getReviewer().equals(permit.getOfficer())) {
            missing.add("The second review must be made by someone other than the case officer.");
        }
        return missing;
    }
}
