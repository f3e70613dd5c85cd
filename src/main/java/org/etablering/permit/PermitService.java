package org.etablering.permit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.OrganisationNumber;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
import org.etablering.handoff.HandOffEvents;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.etablering.municipality.Letters;
import org.etablering.inquiry.InquiryFacts;
import org.etablering.inquiry.InquiryService;
import org.etablering.municipality.Country;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
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
    private final InquiryService inquiries;
    private final CaseRegister register;
    private final Clocks clocks;
    private final AuditTrail audit;
    private final Clock clock;

    private final MessageStore messages;
    private final Letters letters;

    PermitService(PermitRepository permits, PermitSteps steps, PermitProperties properties, Municipalities municipalities,
                  InquiryService inquiries, CaseRegister register, Clocks clocks, AuditTrail audit, Clock clock,
                  MessageStore messages, Letters letters) {
        this.messages = messages;
        this.letters = letters;
        this.permits = permits;
        this.steps = steps;
        this.properties = properties;
        this.municipalities = municipalities;
        this.inquiries = inquiries;
        this.register = register;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    /** A permit type a company may apply for here, with what it means for them: the time the law gives and the fee. */
    public record PermitTypeChoice(String key, String name, String description, int statutoryWeeks,
                                   java.math.BigDecimal fee) {
    }

    /** The permit types of the applicant's municipality's country, for the application form. */
    @ApplicantsOnly
    public List<PermitTypeChoice> typesFor(CurrentUser applicant) {
        Country country = municipalities.get(applicant.municipality()).country();
        return properties.types().entrySet().stream().filter(type -> type.getValue().country() == country)
                .map(type -> new PermitTypeChoice(type.getKey(), type.getValue().name(), type.getValue().description(),
                        type.getValue().statutoryWeeks(),
                        type.getValue().fee()))
                .sorted(java.util.Comparator.comparing(PermitTypeChoice::name)).toList();
    }

    @ApplicantsOnly
    @Transactional
    public Permit apply(PermitApplication application, CurrentUser applicant) {
        return apply(application, List.of(), applicant);
    }

    /**
     * Applies with the application's attachments (drawings, a site plan), kept with the case as the applicant's
     * first message; a refused file refuses the application and nothing is opened.
     */
    @ApplicantsOnly
    @Transactional
    public Permit apply(PermitApplication application, List<MessageStore.Upload> attachments, CurrentUser applicant) {
        Country country = municipalities.get(applicant.municipality()).country();
        PermitProperties.PermitType type = properties.types().get(application.permitType());
        if (type == null || type.country() != country) {
            throw new InvalidInputException("permit-type-unknown",
                    List.of(new FieldProblem("permitType", "is not a permit type of this municipality")));
        }
        String orgNumber = OrganisationNumber.parse(country, applicant.orgNumber()).map(OrganisationNumber::formatted)
                .orElseThrow(() -> new ForbiddenException("no-company"));
        if (application.inquiryId() != null) {
            if (!inquiries.isVisibleTo(application.inquiryId(), applicant)) {
                throw new InvalidInputException("inquiry-not-yours",
                        List.of(new FieldProblem("inquiryId", "is not an inquiry of your company")));
            }
        }
        CaseHeader header = application.inquiryId() != null
                ? register.childHeader(application.inquiryId(), application.description().strip(), Role.PLANNING.roleName())
                : new CaseHeader(applicant.municipality(), country, application.companyName().strip(), orgNumber, null,
                        null, null, application.description().strip(), false, java.util.Set.of(), applicant.username(),
                        null);
        Permit permit = create(new Permit(header.openedBy(applicant.username()), application.permitType(),
                application.site(), type.fee()), type, new CaseRegister.Opening(applicant, Role.APPLICANT.roleName(),
                AuditAction.PERMIT_APPLIED, null, SUBMITTED_MESSAGE));
        if (!attachments.isEmpty()) {
            messages.record(permit.getId(), MessageKind.APPLICATION, true, applicant.username(),
                    Role.APPLICANT.roleName(), letters.write(permit.getMunicipality(), "permit.application-attachments"),
                    attachments);
        }
        return permit;
    }

    /** A function's hand-off asked for a permit review: the permit starts from the inquiry, linked to it. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onHandOffCompleted(HandOffEvents.Completed completed) {
        if (completed.followUp() == null || !completed.followUp().startsWith("PERMIT")) {
            return;
        }
        InquiryFacts inquiry = inquiries.facts(completed.caseId()).orElseThrow();
        Country country = municipalities.get(inquiry.municipality()).country();
        String typeKey = properties.defaultType(country);
        if (permits.findFirstByParentIdAndPermitType(inquiry.id(), typeKey).isPresent()) {
            return; // the result was delivered again
        }
        CaseHeader header = register.childHeader(inquiry.id(), inquiry.description(), Role.PLANNING.roleName());
        create(new Permit(header, typeKey, inquiry.desiredArea(), properties.types().get(typeKey).fee()),
                properties.types().get(typeKey), new CaseRegister.Opening(null, Role.PLANNING.roleName(),
                        AuditAction.PERMIT_APPLIED, "from inquiry " + inquiry.caseNumber(), SUBMITTED_MESSAGE));
    }

    @CaseReaders
    @Transactional(readOnly = true)
    public List<Permit> visibleTo(CurrentUser user) {
        if (user.isApplicant()) {
            return permits.findTop200ByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(user.municipality(),
                    OrganisationNumber.writtenForms(user.orgNumber()));
        }
        // a confidential case only for those who may see it, as on its own page
        return permits.findTop200ByMunicipalityOrderByOpenedAtDesc(user.municipality()).stream()
                .filter(found -> register.canSee(found, user)).toList();
    }

    /** A permit the user may see: the applicant company's own, or any of an official's municipality. */
    @CaseReaders
    @Transactional(readOnly = true)
    public Permit get(UUID id, CurrentUser user) {
        return visible(id, user);
    }

    Permit visible(UUID id, CurrentUser user) {
        return register.visible(Permit.class, id, user, AuditAction.PERMIT_READ);
    }

    private Permit create(Permit permit, PermitProperties.PermitType type, CaseRegister.Opening opening) {
        return register.open(permit, opening, opened -> {
            steps.enter(opened, PermitStatus.COMPLETENESS_CHECK, null);
            clocks.startWeeks(opened.getId(), opened.getMunicipality(), ClockKind.PERMIT_DECISION, null,
                    type.statutoryWeeks());
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("permitId", opened.getId().toString());
            if (opened.getInquiryId() != null) {
                // not "inquiryId": the permit's tasks belong to the permit, not to the inquiry's task list
                variables.put("linkedInquiryId", opened.getInquiryId().toString());
            }
            return variables;
        });
    }
}
