package org.etablering.land;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.OrganisationNumber;
import org.etablering.handoff.HandOffEvents;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.inquiry.InquiryFacts;
import org.etablering.inquiry.InquiryService;
import org.etablering.municipality.Country;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
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
    private final InquiryService inquiries;
    private final CaseRegister register;
    private final Municipalities municipalities;
    private final AuditTrail audit;
    private final Clock clock;

    LandRequests(LandRequestRepository requests, InquiryService inquiries, CaseRegister register,
                 Municipalities municipalities, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.inquiries = inquiries;
        this.register = register;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicantsOnly
    @Transactional
    public LandRequest request(LandNeed need, CurrentUser applicant) {
        Country country = municipalities.get(applicant.municipality()).country();
        String orgNumber = OrganisationNumber.parse(country, applicant.orgNumber()).map(OrganisationNumber::formatted)
                .orElseThrow(() -> new ForbiddenException("no-company"));
        if (need.inquiryId() != null) {
            if (!inquiries.isVisibleTo(need.inquiryId(), applicant)) {
                throw new InvalidInputException("inquiry-not-yours",
                        List.of(new FieldProblem("inquiryId", "is not an inquiry of your company")));
            }
        }
        CaseHeader header = need.inquiryId() != null
                ? register.childHeader(need.inquiryId(), need.purpose().strip(), Role.PLANNING.roleName())
                : new CaseHeader(applicant.municipality(), country, need.companyName().strip(), orgNumber, null, null,
                        null, need.purpose().strip(), false, Set.of(), applicant.username(), null);
        return create(new LandRequest(header.openedBy(applicant.username()), need), new CaseRegister.Opening(applicant,
                Role.APPLICANT.roleName(), AuditAction.LAND_REQUESTED, null, REQUESTED_MESSAGE));
    }

    /** A function's hand-off found that the company needs land: the request starts from the inquiry. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onHandOffCompleted(HandOffEvents.Completed completed) {
        if (completed.followUp() == null || !LAND_FOLLOW_UPS.contains(completed.followUp())) {
            return;
        }
        if (requests.findFirstByParentId(completed.caseId()).isPresent()) {
            return; // the result was delivered again
        }
        InquiryFacts inquiry = inquiries.facts(completed.caseId()).orElseThrow();
        LandNeed need = new LandNeed(inquiry.companyName(), inquiry.description(), inquiry.landAreaSqm(),
                inquiry.desiredArea(), inquiry.powerDemandMw(), false, inquiry.id());
        create(new LandRequest(register.childHeader(inquiry.id(), inquiry.description(), Role.PLANNING.roleName()), need),
                new CaseRegister.Opening(null, Role.PLANNING.roleName(), AuditAction.LAND_REQUESTED,
                        "from inquiry " + inquiry.caseNumber(), REQUESTED_MESSAGE));
    }

    @CaseReaders
    @Transactional(readOnly = true)
    public List<LandRequest> visibleTo(CurrentUser user) {
        if (user.isApplicant()) {
            return requests.findTop200ByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(user.municipality(),
                    OrganisationNumber.writtenForms(user.orgNumber()));
        }
        // a confidential case only for those who may see it, as on its own page
        return requests.findTop200ByMunicipalityOrderByOpenedAtDesc(user.municipality()).stream()
                .filter(found -> register.canSee(found, user)).toList();
    }

    /** A request the user may see: the company's own, or any of an official's municipality; else 404. */
    LandRequest visible(UUID id, CurrentUser user) {
        return register.visible(LandRequest.class, id, user, AuditAction.LAND_READ);
    }

    LandRequest find(UUID id) {
        return requests.findById(id).orElseThrow(() -> new NotFoundException("land-request-not-found"));
    }

    private LandRequest create(LandRequest request, CaseRegister.Opening opening) {
        return register.open(request, opening, opened -> {
            Map<String, Object> variables = new HashMap<>();
            variables.put("landRequestId", opened.getId().toString());
            if (opened.getInquiryId() != null) {
                variables.put("linkedInquiryId", opened.getInquiryId().toString());
            }
            return variables;
        });
    }
}
