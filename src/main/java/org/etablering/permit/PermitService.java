package org.etablering.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
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
 * Permit applications: from a company directly, or from an inquiry whose hand-off asked for a permit
 * review. Creating one starts its statutory clock and, through the outbox, its review process.
 */
@Service
@EnableConfigurationProperties(PermitProperties.class)
public class PermitService {

    public static final String SUBMITTED_MESSAGE = "permit-submitted";

    private final PermitRepository permits;
    private final PermitSteps steps;
    private final PermitProperties properties;
    private final Municipalities municipalities;
    private final InquiryRepository inquiries;
    private final Clocks clocks;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;

    PermitService(PermitRepository permits, PermitSteps steps, PermitProperties properties, Municipalities municipalities,
                  InquiryRepository inquiries, Clocks clocks, WorkflowMessages workflow, AuditTrail audit, Clock clock) {
        this.permits = permits;
        this.steps = steps;
        this.properties = properties;
        this.municipalities = municipalities;
        this.inquiries = inquiries;
        this.clocks = clocks;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicantsOnly
    @Transactional
    public Permit apply(PermitApplication application, CurrentUser applicant) {
        Country country = municipalities.get(applicant.municipality()).country();
        PermitProperties.PermitType type = properties.types().get(application.permitType());
        if (type == null || type.country() != country) {
            throw new InvalidInputException("There is no such permit type here.",
                    List.of(new FieldProblem("permitType", "is not a permit type of this municipality")));
        }
        String orgNumber = OrganisationNumber.parse(country, applicant.orgNumber()).map(OrganisationNumber::formatted)
                .orElseThrow(() -> new ForbiddenException("Your account does not represent a company registered here."));
        if (application.inquiryId() != null) {
            boolean ownInquiry = inquiries.findById(application.inquiryId())
                    .filter(inquiry -> inquiry.getMunicipality().equals(applicant.municipality()))
                    .filter(inquiry -> inquiry.getOrgNumber().equals(orgNumber))
                    .isPresent();
            if (!ownInquiry) {
                throw new InvalidInputException("The inquiry is not one of your company's.",
                        List.of(new FieldProblem("inquiryId", "is not an inquiry of your company")));
            }
        }
        Permit permit = create(application.inquiryId(), applicant.municipality(), application.permitType(), type,
                orgNumber, application.companyName().strip(), applicant.username(), application.description().strip(),
                application.site());
        audit.allowed(applicant, AuditAction.PERMIT_APPLIED, permit.getId(), permit.getCaseNumber());
        return permit;
    }

    /** A function's hand-off asked for a permit review: the permit starts from the inquiry, linked to it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onHandOffCompleted(HandOffEvents.Completed completed) {
        if (completed.followUp() == null || !completed.followUp().startsWith("PERMIT")) {
            return;
        }
        Inquiry inquiry = inquiries.findById(completed.inquiryId()).orElseThrow();
        Country country = municipalities.get(inquiry.getMunicipality()).country();
        String typeKey = properties.defaultType(country);
        if (permits.findFirstByInquiryIdAndPermitType(inquiry.getId(), typeKey).isPresent()) {
            return; // the result was delivered again
        }
        Permit permit = create(inquiry.getId(), inquiry.getMunicipality(), typeKey, properties.types().get(typeKey),
                inquiry.getOrgNumber(), inquiry.getCompanyName(), inquiry.getSubmittedBy(), inquiry.getDescription(),
                inquiry.getDesiredArea());
        audit.byProcess(AuditAction.PERMIT_APPLIED, permit.getId(), "from inquiry " + inquiry.getCaseNumber());
    }

    @CaseReaders
    @Transactional(readOnly = true)
    public List<Permit> visibleTo(CurrentUser user) {
        if (user.isApplicant()) {
            return permits.findTop200ByMunicipalityAndOrgNumberInOrderBySubmittedAtDesc(user.municipality(),
                    OrganisationNumber.writtenForms(user.orgNumber()));
        }
        return permits.findTop200ByMunicipalityOrderBySubmittedAtDesc(user.municipality());
    }

    /** A permit the user may see: the applicant company's own, or any of an official's municipality. */
    @CaseReaders
    @Transactional(readOnly = true)
    public Permit get(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    Permit visible(UUID id, CurrentUser user) {
        Optional<Permit> found = permits.findById(id)
                .filter(permit -> OrganisationNumber.companyCaseVisibleTo(permit.getMunicipality(), permit.getOrgNumber(), user));
        if (found.isEmpty()) {
            audit.refused(user, AuditAction.PERMIT_READ, null, "permit " + id + " not visible to the caller");
            throw new NotFoundException("No such permit.");
        }
        return found.get();
    }

    private Permit create(UUID inquiryId, String municipality, String typeKey, PermitProperties.PermitType type,
                          String orgNumber, String companyName, String applicant, String description, String site) {
        Instant now = clock.instant();
        String number = "PRM-%d-%06d".formatted(Year.from(now.atZone(clock.getZone())).getValue(), permits.nextNumber());
        Permit permit = permits.save(new Permit(number, inquiryId, municipality, typeKey, orgNumber, companyName,
                applicant, description, site, type.fee(), now));
        steps.enter(permit, PermitStatus.COMPLETENESS_CHECK, null);
        clocks.startWeeks(permit.getId(), municipality, ClockKind.PERMIT_DECISION, null, type.statutoryWeeks());
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("permitId", permit.getId().toString());
        variables.put("caseNumber", permit.getCaseNumber());
        variables.put("municipality", municipality);
        if (inquiryId != null) {
            // not "inquiryId": the permit's tasks belong to the permit, not to the inquiry's task list
            variables.put("linkedInquiryId", inquiryId.toString());
        }
        workflow.publish(SUBMITTED_MESSAGE, permit.getId().toString(), variables);
        return permit;
    }
}
