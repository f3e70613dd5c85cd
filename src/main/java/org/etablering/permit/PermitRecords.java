package org.etablering.permit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The records of a permit's review: alternatives, communications, second reviews, the decision, messages. */
@Component
class PermitRecords {

    private final AlternativeRepository alternatives;
    private final CommunicationRepository communications;
    private final SecondReviewRepository reviews;
    private final DecisionRepository decisions;
    private final PermitMessageRepository messages;
    private final Clock clock;

    PermitRecords(AlternativeRepository alternatives, CommunicationRepository communications,
                  SecondReviewRepository reviews, DecisionRepository decisions, PermitMessageRepository messages,
                  Clock clock) {
        this.alternatives = alternatives;
        this.communications = communications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.messages = messages;
        this.clock = clock;
    }

    List<Alternative> alternatives(UUID permitId) {
        return alternatives.findByPermitIdOrderByRecordedAt(permitId);
    }

    void alternative(Alternative alternative) {
        alternatives.save(alternative);
    }

    List<Communication> communications(UUID permitId) {
        return communications.findByPermitIdOrderBySentAt(permitId);
    }

    void communication(Communication communication) {
        communications.save(communication);
    }

    List<SecondReview> reviews(UUID permitId) {
        return reviews.findByPermitIdOrderByReviewedAt(permitId);
    }

    void review(SecondReview review) {
        reviews.save(review);
    }

    Decision decision(Decision decision) {
        return decisions.save(decision);
    }

    Optional<Decision> decisionOf(UUID permitId) {
        return decisions.findById(permitId);
    }

    List<PermitMessage> messages(UUID permitId) {
        return messages.findByPermitIdOrderBySentAt(permitId);
    }

    void message(Permit permit, PermitMessageKind kind, boolean fromApplicant, String author, String text) {
        messages.save(new PermitMessage(permit.getId(), kind, fromApplicant, author, text, clock.instant()));
    }

    List<String> missingForRejection(Permit permit, Instant now) {
        return RejectionSafeguards.missingForRejection(permit, alternatives(permit.getId()),
                communications(permit.getId()), reviews(permit.getId()), now);
    }
}
