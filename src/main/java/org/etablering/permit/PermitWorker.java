package org.etablering.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The service tasks of {@code bpmn/permit-review.bpmn}; each returns the variables the model needs. */
@Component
public class PermitWorker {

    private final PermitProcess process;

    PermitWorker(PermitProcess process) {
        this.process = process;
    }

    @JobWorker(type = "permit-step", fetchVariables = "permitId")
    public void enterStep(ActivatedJob job, @Variable String permitId) {
        process.enter(UUID.fromString(permitId), PermitStatus.valueOf(job.getCustomHeaders().get("step")));
    }

    @JobWorker(type = "permit-completion-request", fetchVariables = {"permitId", "missingInformation"})
    public Map<String, Object> requestCompletion(@Variable String permitId,
                                                 @Variable(optional = true) String missingInformation) {
        return process.requestCompletion(UUID.fromString(permitId), missingInformation);
    }

    @JobWorker(type = "permit-proposal", fetchVariables = {"permitId", "proposedOutcome", "proposalReasoning", "actedBy"})
    public Map<String, Object> recordProposal(@Variable String permitId, @Variable String proposedOutcome,
                                              @Variable String proposalReasoning, @Variable String actedBy) {
        return process.recordProposal(UUID.fromString(permitId), ProposedOutcome.valueOf(proposedOutcome),
                proposalReasoning, actedBy);
    }

    @JobWorker(type = "permit-alternative", fetchVariables = {"permitId", "alternativeKind", "alternativeDescription",
            "dialogueWithApplicant", "alternativeWorks", "actedBy"})
    public Map<String, Object> recordAlternative(@Variable String permitId, @Variable String alternativeKind,
                                                 @Variable String alternativeDescription,
                                                 @Variable(optional = true) String dialogueWithApplicant,
                                                 @Variable String alternativeWorks, @Variable String actedBy) {
        return process.recordAlternative(UUID.fromString(permitId), AlternativeKind.valueOf(alternativeKind),
                alternativeDescription, dialogueWithApplicant, "yes".equals(alternativeWorks), actedBy);
    }

    @JobWorker(type = "permit-communication", fetchVariables = "permitId")
    public Map<String, Object> communicate(@Variable String permitId) {
        return process.communicate(UUID.fromString(permitId));
    }

    @JobWorker(type = "permit-reply-considered", fetchVariables = {"permitId", "replyChangesAssessment",
            "considerationNote", "actedBy"})
    public Map<String, Object> considerReply(@Variable String permitId, @Variable String replyChangesAssessment,
                                             @Variable String considerationNote, @Variable String actedBy) {
        return process.considerReply(UUID.fromString(permitId), "yes".equals(replyChangesAssessment),
                considerationNote, actedBy);
    }

    @JobWorker(type = "permit-review", fetchVariables = {"permitId", "reviewVerdict", "reviewComment", "actedBy"})
    public Map<String, Object> recordReview(@Variable String permitId, @Variable String reviewVerdict,
                                            @Variable String reviewComment, @Variable String actedBy) {
        return process.recordReview(UUID.fromString(permitId), "AGREE".equals(reviewVerdict), reviewComment, actedBy);
    }

    @JobWorker(type = "permit-decision", fetchVariables = {"permitId", "decisionOutcome", "legalBasis", "reasoning",
            "conditions", "actedBy"})
    public void decide(@Variable String permitId, @Variable String decisionOutcome, @Variable String legalBasis,
                       @Variable String reasoning, @Variable(optional = true) String conditions,
                       @Variable String actedBy) {
        process.decide(UUID.fromString(permitId), DecisionOutcome.valueOf(decisionOutcome), legalBasis, reasoning,
                conditions, actedBy);
    }

    @JobWorker(type = "permit-withdrawn", fetchVariables = {"permitId", "withdrawReason"})
    public void withdrawn(@Variable String permitId, @Variable(optional = true) String withdrawReason) {
        process.withdrawn(UUID.fromString(permitId), withdrawReason);
    }

    @JobWorker(type = "permit-dismissal", fetchVariables = "permitId")
    public void dismiss(@Variable String permitId) {
        process.dismiss(UUID.fromString(permitId));
    }

    @JobWorker(type = "permit-deadline", fetchVariables = "permitId")
    public Map<String, Object> readDeadline(@Variable String permitId) {
        return process.deadline(UUID.fromString(permitId));
    }

    @JobWorker(type = "permit-deadline-warning", fetchVariables = "permitId")
    public void warn(@Variable String permitId) {
        process.warnOfDeadline(UUID.fromString(permitId));
    }

    @JobWorker(type = "permit-deadline-missed", fetchVariables = "permitId")
    public void deadlineMissed(@Variable String permitId) {
        process.deadlineMissed(UUID.fromString(permitId));
    }

    @JobWorker(type = "permit-decision-request-answer", fetchVariables = {"permitId", "requestAnswer",
            "answerReasoning", "actedBy"})
    public void answerDecisionRequest(@Variable String permitId, @Variable String requestAnswer,
                                      @Variable String answerReasoning, @Variable String actedBy) {
        process.answerDecisionRequest(UUID.fromString(permitId), "REFUSE_REQUEST".equals(requestAnswer),
                answerReasoning, actedBy);
    }
}
