package org.etablering.inquiry;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The service tasks of {@code bpmn/establishment-inquiry.bpmn}; each returns the variables the model needs. */
@Component
public class InquiryStatusWorker {

    private final InquiryProcess process;

    InquiryStatusWorker(InquiryProcess process) {
        this.process = process;
    }

    @JobWorker(type = "inquiry-status", fetchVariables = "inquiryId")
    public Map<String, Object> recordStatus(ActivatedJob job, @Variable String inquiryId) {
        return process.moveTo(UUID.fromString(inquiryId), InquiryStatus.valueOf(job.getCustomHeaders().get("status")));
    }

    @JobWorker(type = "inquiry-completion-request", fetchVariables = {"inquiryId", "missingInformation"})
    public Map<String, Object> requestCompletion(@Variable String inquiryId, @Variable(optional = true) String missingInformation) {
        return process.requestCompletion(UUID.fromString(inquiryId), missingInformation);
    }

    @JobWorker(type = "inquiry-completion-reminder", fetchVariables = "inquiryId")
    public void remind(@Variable String inquiryId) {
        process.remind(UUID.fromString(inquiryId));
    }

    @JobWorker(type = "inquiry-response", fetchVariables = {"inquiryId", "responseToCompany"})
    public void respond(@Variable String inquiryId, @Variable String responseToCompany) {
        process.respond(UUID.fromString(inquiryId), responseToCompany);
    }

    @JobWorker(type = "inquiry-follow-up", fetchVariables = "inquiryId")
    public Map<String, Object> scheduleFollowUp(@Variable String inquiryId) {
        return process.scheduleFollowUp(UUID.fromString(inquiryId));
    }

    /** The outcome comes from the model (header) where it is fixed, else from the follow-up form. */
    @JobWorker(type = "inquiry-close", fetchVariables = {"inquiryId", "outcome"})
    public void close(ActivatedJob job, @Variable String inquiryId, @Variable(optional = true) String outcome) {
        String fixed = job.getCustomHeaders().get("outcome");
        process.close(UUID.fromString(inquiryId), Outcome.valueOf(fixed != null ? fixed : outcome));
    }
}
