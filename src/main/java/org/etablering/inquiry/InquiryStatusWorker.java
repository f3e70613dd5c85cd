package org.etablering.inquiry;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The process's service tasks that record which stage a case has reached (custom header {@code status}). */
@Component
public class InquiryStatusWorker {

    private final InquiryService inquiries;

    InquiryStatusWorker(InquiryService inquiries) {
        this.inquiries = inquiries;
    }

    @JobWorker(type = "inquiry-status", fetchVariables = "inquiryId")
    public void recordStatus(ActivatedJob job, @Variable String inquiryId) {
        inquiries.moveTo(UUID.fromString(inquiryId), InquiryStatus.valueOf(job.getCustomHeaders().get("status")));
    }
}
