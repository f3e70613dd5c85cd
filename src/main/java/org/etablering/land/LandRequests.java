package org.etablering.land;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.handoff.HandOffEvents;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.Inquiry;
import org.etablering.inquiry.OrganisationNumber;
import org.etablering.inquiry.persistence.InquiryRepository;
import org.etablering.municipality.Country;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Land requests: asked for by a company, or started by an inquiry whose hand-off called for land.
 * Creating one starts its allocation process through the outbox.
 */
@Service
@EnableConfigurationProperties(LandProperties.class)
public class LandRequests {

    public static final String REQUESTED_MESSAGE = "land-requested";
    private static final Set<String> LAND_FOLLOW_UPS = Set.of("LAND_ALLOCATION", "PERMIT_AND_LAND");

    private final LandRequestRepository requests;
    private final InquiryRepository inquiries;
    private final Municipalities municipalities;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;

    LandRequests(LandRequestRepository requests, InquiryRepository inquiries, Municipalities municipalities,
                 WorkflowMessages workflow, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.inquiries = inquiries;
        this.municipalities = municipalities;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicantsOnly
    @Transactional
    public LandRequest request(LandNeed need, CurrentUser applicant) {
        Country country = municipalities.get(applicant.municipality()).country();
        String orgNumber = OrganisationNumber.parse(country, applicant.orgNumber()).map(OrganisationNumber::formatted)
                .orElseThrow(() -> new ForbiddenException("Your account does not represent a company registered here."));
        if (need.inquiryId() != null) {
            boolean ownInquiry = inquiries.findById(need.inquiryId())
                    .filter(inquiry -> inquiry.getMunicipality().equals(applicant.municipality()))
                    .filter(inquiry -> inquiry.getOrgNumber().equals(orgNumber))
                    .isPresent();
            if (!ownInquiry) {
                throw new InvalidInputException("The inquiry is not one of your company's.",
                        List.of(new FieldProblem("inquiryId", "is not an inquiry of your company")));
            }
        }
        LandRequest request = create(need.inquiryId(), applicant.municipality(), orgNumber, need.companyName().strip(),
                applicant.username(), need);
        audit.allowed(applicant, AuditAction.LAND_REQUESTED, request.getId(), request.getCaseNumber());
        return request;
    }

    /** A function's hand-off found that the company needs land: the request starts from the inquiry. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onHandOffCompleted(HandOffEvents.Completed completed) {
        if (completed.followUp() == null || !LAND_FOLLOW_UPS.contains(completed.followUp())) {
            return;
        }
        if (requests.findFirstByInquiryId(completed.inquiryId()).isPresent()) {
            return; // the result was delivered again
        }
        Inquiry inquiry = inquiries.findById(completed.inquiryId()).orElseThrow();
        LandNeed need = new LandNeed(inquiry.getCompanyName(), inquiry.getDescription(), inquiry.getLandAreaSqm(),
                inquiry.getDesiredArea(), inquiry.getPowerDemandMw(), false, inquiry.getId());
        LandRequest request = create(inquiry.getId(), inquiry.getMunicipality(), inquiry.getOrgNumber(),
                inquiry.getCompanyName(), inquiry.getSubmittedBy(), need);
        audit.byProcess(AuditAction.LAND_REQUESTED, request.getId(), "from inquiry " + inquiry.getCaseNumber());
    }

    @CaseReaders
    @Transactional(readOnly = true)
    public List<LandRequest> visibleTo(CurrentUser user) {
        if (user.isApplicant()) {
            return requests.findTop200ByMunicipalityAndOrgNumberInOrderByRequestedAtDesc(user.municipality(),
                    OrganisationNumber.writtenForms(user.orgNumber()));
        }
        return requests.findTop200ByMunicipalityOrderByRequestedAtDesc(user.municipality());
    }

    /** A request the user may see: the company's own, or any of an official's municipality; else 404. */
    LandRequest visible(UUID id, CurrentUser user) {
        Optional<LandRequest> found = requests.findById(id)
                .filter(request -> OrganisationNumber.companyCaseVisibleTo(request.getMunicipality(),
                        request.getOrgNumber(), user));
        if (found.isEmpty()) {
            audit.refused(user, AuditAction.LAND_READ, null, "land request " + id + " not visible to the caller");
            throw new NotFoundException("No such land request.");
        }
        return found.get();
    }

    LandRequest find(UUID id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("No such land request."));
    }

    private LandRequest create(UUID inquiryId, String municipality, String orgNumber, String companyName,
                               String requestedBy, LandNeed need) {
        Instant now = clock.instant();
        String number = "LND-%d-%06d".formatted(Year.from(now.atZone(clock.getZone())).getValue(), requests.nextNumber());
        LandRequest request = requests.save(new LandRequest(number, inquiryId, municipality, orgNumber, companyName,
                requestedBy, need, now));
        Map<String, Object> variables = new HashMap<>();
        variables.put("landRequestId", request.getId().toString());
        variables.put("caseNumber", request.getCaseNumber());
        variables.put("municipality", municipality);
        if (inquiryId != null) {
            variables.put("linkedInquiryId", inquiryId.toString());
        }
        workflow.publish(REQUESTED_MESSAGE, request.getId().toString(), variables);
        return request;
    }
}
