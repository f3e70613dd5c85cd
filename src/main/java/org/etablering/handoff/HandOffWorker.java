package org.etablering.handoff;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The service tasks of {@code bpmn/function-handoff.bpmn}. */
@Component
public class HandOffWorker {

    private final HandOffs handOffs;

    HandOffWorker(HandOffs handOffs) {
        this.handOffs = handOffs;
    }

    /** Hand-offs are made from inquiries, whose process knows the case as {@code inquiryId}. */
    @JobWorker(type = "handoff-requested", fetchVariables = {"inquiryId", "municipality", "handoff"})
    public Map<String, Object> requested(ActivatedJob job, @Variable String inquiryId, @Variable String municipality,
                                         @Variable Map<String, Object> handoff) {
        return handOffs.requested(job.getProcessInstanceKey(), UUID.fromString(inquiryId), municipality,
                String.valueOf(handoff.get("role")), (String) handoff.get("reason"));
    }

    @JobWorker(type = "handoff-accepted", fetchVariables = "actedBy")
    public void accepted(ActivatedJob job, @Variable(optional = true) String actedBy) {
        handOffs.accepted(job.getProcessInstanceKey(), actedBy);
    }

    @JobWorker(type = "handoff-sent-back", fetchVariables = {"actedBy", "sendBackReason"})
    public Map<String, Object> sentBack(ActivatedJob job, @Variable(optional = true) String actedBy,
                                        @Variable String sendBackReason) {
        return handOffs.sentBack(job.getProcessInstanceKey(), actedBy, sendBackReason);
    }

    @JobWorker(type = "handoff-escalated", fetchVariables = "inquiryId")
    public void escalated(ActivatedJob job) {
        handOffs.escalated(job.getProcessInstanceKey());
    }

    @JobWorker(type = "handoff-completed", fetchVariables = {"actedBy", "summary", "nextSteps", "followUp"})
    public Map<String, Object> completed(ActivatedJob job, @Variable(optional = true) String actedBy, @Variable String summary,
                                         @Variable(optional = true) String nextSteps, @Variable String followUp) {
        return handOffs.completed(job.getProcessInstanceKey(), actedBy, summary, nextSteps, followUp);
    }
}
