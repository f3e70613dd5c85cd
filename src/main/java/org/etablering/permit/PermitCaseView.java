package org.etablering.permit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.clock.ClockView;
import org.etablering.clock.FeeReduction;
import org.etablering.message.MessageKind;

/**
 * A permit case: the application, where it stands, every clock, the fee reduction if the deadline was
 * missed, the steps, the messages and the decision. Officials also see the records of "yes before no"
 * and the measures; those are left out (null) for the applicant.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermitCaseView(
        UUID id,
        String caseNumber,
        UUID inquiryId,
        String municipality,
        String permitType,
        String permitTypeName,
        String companyName,
        String orgNumber,
        String description,
        String site,
        BigDecimal fee,
        PermitStatus status,
        Instant submittedAt,
        Instant completeAt,
        List<ClockView> clocks,
        ClockView nextDeadline,
        FeeReduction feeReduction,
        boolean decisionRequestable,
        Instant decisionRequestedAt,
        List<StepView> steps,
        List<MessageView> messages,
        DecisionView decision,
        String officer,
        ProposedOutcome proposedOutcome,
        String proposalReasoning,
        List<AlternativeView> alternatives,
        List<CommunicationView> communications,
        List<ReviewView> reviews,
        Measures measures,
        OpenRequest openRequest) {

    /**
     * What the municipality waits for from the applicant now, if anything: a completion of the application or a
     * reply to a draft adverse decision, with its last day.
     */
    /** What the applicant is asked now: the request's own words, by when, and how many working days that leaves. */
    public record OpenRequest(Kind kind, String asked, Instant due, Integer workingDaysLeft) {
        public enum Kind { COMPLETION, DRAFT_REPLY }
    }

    public record StepView(PermitStatus step, Instant enteredAt, Instant leftAt, long seconds, String detail) {
    }

    public record MessageView(UUID id, MessageKind kind, boolean fromApplicant, Instant sentAt, String text) {
    }

    /** Who decided is shown to officials only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(DecisionOutcome outcome, String legalBasis, String reasoning, String conditions,
                               String appeal, String decidedBy, Instant decidedAt) {
    }

    public record AlternativeView(AlternativeKind kind, String description, String dialogue, boolean works,
                                  String recordedBy, Instant recordedAt) {
    }

    public record CommunicationView(String draft, Instant sentAt, Instant replyDue, String reply, Instant repliedAt,
                                    boolean nothingToAdd, String consideredBy, Instant consideredAt,
                                    Boolean changesAssessment, String consideration) {
    }

    public record ReviewView(String reviewer, boolean agrees, String comment, Instant reviewedAt) {
    }

    /** What managers follow: a no proposed, turned into a yes by exploring, or a rejection after communication. */
    public record Measures(boolean proposedNo, boolean becameYesAfterExploring, boolean rejectedAfterCommunication) {
    }
}
