package org.etablering.permit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.identity.Role;
import org.etablering.message.CaseMessage;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.springframework.stereotype.Component;

/** The records of a permit's review: alternatives, communications, second reviews, the decision, messages. */
@Component
class PermitRecords {

    private final AlternativeRepository alternatives;
    private final CommunicationRepository communications;
    private final SecondReviewRepository reviews;
    private final DecisionRepository decisions;
    private final MessageStore messages;

    PermitRecords(AlternativeRepository alternatives, CommunicationRepository communications,
                  SecondReviewRepository reviews, DecisionRepository decisions, MessageStore messages) {
        this.alternatives = alternatives;
        this.communications = communications;
        this.reviews = reviews;
        this.decisions = decisions;
        this.messages = messages;
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

    List<CaseMessage> messages(UUID permitId) {
        return messages.of(permitId);
    }

    /** A letter from the planning function to the applicant. */
    void fromMunicipality(Permit permit, MessageKind kind, String text) {
        messages.record(permit.getId(), kind, false, "process", Role.PLANNING.roleName(), text, List.of());
    }

    void fromApplicant(Permit permit, MessageKind kind, String username, String text) {
        fromApplicant(permit, kind, username, text, List.of());
    }

    /** The applicant's letter with its attachments (drawings, plans); refused files refuse the whole letter. */
    void fromApplicant(Permit permit, MessageKind kind, String username, String text,
                       List<org.etablering.message.MessageStore.Upload> uploads) {
        messages.record(permit.getId(), kind, true, username, Role.APPLICANT.roleName(), text, uploads);
    }

    List<org.etablering.problem.Refusal.Reason> missingForRejection(Permit permit, Instant now) {
        return RejectionSafeguards.missingForRejection(permit, alternatives(permit.getId()),
                communications(permit.getId()), reviews(permit.getId()), now);
    }
}
