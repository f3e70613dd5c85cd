package org.etablering.land;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The service tasks of {@code bpmn/land-allocation.bpmn}; each returns the variables the model needs. */
@Component
public class LandWorker {

    private final LandProcess process;

    LandWorker(LandProcess process) {
        this.process = process;
    }

    @JobWorker(type = "land-withdrawn", fetchVariables = {"landRequestId", "withdrawReason"})
    public void withdrawn(@Variable String landRequestId, @Variable(optional = true) String withdrawReason) {
        process.withdrawn(UUID.fromString(landRequestId), withdrawReason);
    }

    @JobWorker(type = "land-matching", fetchVariables = "landRequestId")
    public void startMatching(@Variable String landRequestId) {
        process.startMatching(UUID.fromString(landRequestId));
    }

    @JobWorker(type = "land-offer", fetchVariables = "landRequestId")
    public Map<String, Object> sendOffer(@Variable String landRequestId) {
        return process.sendOffer(UUID.fromString(landRequestId));
    }

    @JobWorker(type = "land-offer-lapse", fetchVariables = "landRequestId")
    public Map<String, Object> closeLapsedOffer(@Variable String landRequestId) {
        return process.closeLapsedOffer(UUID.fromString(landRequestId));
    }

    @JobWorker(type = "land-negotiation", fetchVariables = {"landRequestId", "negotiationResult", "agreedPricePerSqm",
            "agreedTerms"})
    public Map<String, Object> recordNegotiation(@Variable String landRequestId, @Variable String negotiationResult,
                                                 @Variable(optional = true) Number agreedPricePerSqm,
                                                 @Variable(optional = true) String agreedTerms) {
        return process.recordNegotiation(UUID.fromString(landRequestId), "TERMS_AGREED".equals(negotiationResult),
                agreedPricePerSqm == null ? null : new BigDecimal(agreedPricePerSqm.toString()), agreedTerms);
    }

    @JobWorker(type = "land-decision", fetchVariables = {"landRequestId", "allocationDecision", "decisionBody",
            "decisionReference", "decisionReasoning", "actedBy"})
    public Map<String, Object> recordDecision(@Variable String landRequestId, @Variable String allocationDecision,
                                              @Variable(optional = true) String decisionBody,
                                              @Variable(optional = true) String decisionReference,
                                              @Variable String decisionReasoning, @Variable String actedBy) {
        return process.recordDecision(UUID.fromString(landRequestId), AllocationDecision.valueOf(allocationDecision),
                decisionBody, decisionReference, decisionReasoning, actedBy);
    }

    /** Gives the parcel back; the header says why, the explanation (if any) comes from the person who ended it. */
    @JobWorker(type = "land-release", fetchVariables = {"landRequestId", "negotiationNotes", "decisionReasoning"})
    public void release(ActivatedJob job, @Variable String landRequestId,
                        @Variable(optional = true) String negotiationNotes,
                        @Variable(optional = true) String decisionReasoning) {
        ClaimEnd reason = ClaimEnd.valueOf(job.getCustomHeaders().get("reason"));
        String explanation = switch (reason) {
            case NEGOTIATION_FAILED -> negotiationNotes;
            case REFUSED -> decisionReasoning;
            default -> null;
        };
        process.release(UUID.fromString(landRequestId), reason, explanation);
    }

    @JobWorker(type = "land-allocation", fetchVariables = {"landRequestId", "agreementReference", "agreementSignedOn",
            "accessDate"})
    public void allocate(@Variable String landRequestId, @Variable String agreementReference,
                         @Variable String agreementSignedOn, @Variable(optional = true) String accessDate) {
        process.allocate(UUID.fromString(landRequestId), agreementReference, LocalDate.parse(agreementSignedOn),
                accessDate == null || accessDate.isBlank() ? null : LocalDate.parse(accessDate));
    }

    @JobWorker(type = "land-no-parcel", fetchVariables = {"landRequestId", "noParcelExplanation"})
    public void noParcel(@Variable String landRequestId, @Variable(optional = true) String noParcelExplanation) {
        process.noParcel(UUID.fromString(landRequestId), noParcelExplanation);
    }
}
