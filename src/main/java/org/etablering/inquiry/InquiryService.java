package org.etablering.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditEvent;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ManagersOnly;
import org.etablering.identity.OfficialsOnly;
import org.etablering.inquiry.persistence.InquiryNoteRepository;
import org.etablering.inquiry.persistence.InquiryRepository;
import org.etablering.municipality.Country;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
import org.etablering.identity.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives establishment inquiries and answers who may see which. */
@Service
public class InquiryService {

    /** The message whose arrival starts the establishment inquiry process. */
    public static final String SUBMITTED_MESSAGE = "inquiry-submitted";
    private static final int LIST_LIMIT = 500;
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final InquiryRepository inquiries;
    private final InquiryNoteRepository notes;
    private final InquiryDetailsMapper details;
    private final Municipalities municipalities;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;

    InquiryService(InquiryRepository inquiries, InquiryNoteRepository notes, InquiryDetailsMapper details,
                   Municipalities municipalities, WorkflowMessages workflow, AuditTrail audit, Clock clock) {
        this.inquiries = inquiries;
        this.notes = notes;
        this.details = details;
        this.municipalities = municipalities;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Registers the inquiry with a case number, starts the first-contact clock and, in the same
     * transaction, queues the message that starts its process.
     */
    @Transactional
    @ApplicantsOnly
    public Inquiry submit(InquirySubmission submission, CurrentUser applicant) {
        OrganisationNumber orgNumber = OrganisationNumber.parse(submission.country(), submission.orgNumber())
                .orElseThrow(() -> new IllegalArgumentException("orgNumber was not validated"));
        if (!orgNumber.sameAs(applicant.orgNumber())) {
            audit.refused(applicant, AuditAction.INQUIRY_SUBMITTED, null,
                    "for organisation number " + orgNumber.formatted() + ", not the applicant's own");
            throw new ForbiddenException("You can only submit inquiries for the company you represent.");
        }
        var municipality = municipalities.get(applicant.municipality());
        Instant now = clock.instant();
        Inquiry inquiry = new Inquiry();
        details.copyDetails(submission, inquiry);
        inquiry.setOrgNumber(orgNumber.formatted());
        inquiry.receive(nextCaseNumber(now), applicant.municipality(), applicant.username(), now,
                firstContactDue(applicant.municipality(), municipality.firstContactWorkingDays(), now));
        inquiries.save(inquiry);
        audit.allowed(applicant, AuditAction.INQUIRY_SUBMITTED, inquiry.getId(), inquiry.getCaseNumber());
        workflow.publish(SUBMITTED_MESSAGE, inquiry.getId().toString(), processVariables(inquiry));
        return inquiry;
    }

    /** The cases this user may see, newest first; listing a confidential case is audited like reading it. */
    @Transactional
    @CaseReaders
    public List<Inquiry> visibleTo(CurrentUser user) {
        PageRequest firstPage = PageRequest.of(0, LIST_LIMIT);
        List<Inquiry> candidates = user.isApplicant()
                ? (companyOf(user).isEmpty() ? List.of() : inquiries.findByMunicipalityAndOrgNumberInOrderBySubmittedAtDesc(
                        user.municipality(), companyOf(user), firstPage))
                : inquiries.findByMunicipalityOrderBySubmittedAtDesc(user.municipality(), firstPage);
        List<Inquiry> visible = candidates.stream().filter(inquiry -> CaseAccess.canSee(inquiry, user)).toList();
        visible.stream().filter(Inquiry::isConfidential)
                .forEach(inquiry -> audit.allowed(user, AuditAction.INQUIRY_LISTED, inquiry.getId(), null));
        return visible;
    }

    /**
     * The case, if this user may see it; otherwise 404, so that nobody learns that another company's case
     * exists. Every read of a confidential case, and every refused read, is audited.
     */
    @Transactional
    @CaseReaders
    public Inquiry get(UUID id, CurrentUser user) {
        Inquiry inquiry = visible(id, user, AuditAction.INQUIRY_READ);
        if (inquiry.isConfidential()) {
            audit.allowed(user, AuditAction.INQUIRY_READ, id, null);
        }
        return inquiry;
    }

    @Transactional
    @OfficialsOnly
    public InquiryNote addNote(UUID id, NewNote note, CurrentUser official) {
        Inquiry inquiry = visible(id, official, AuditAction.NOTE_ADDED);
        String role = official.roles().stream().filter(Role::isOfficial).map(Role::roleName).sorted()
                .findFirst().orElseThrow();
        InquiryNote saved = notes.save(new InquiryNote(inquiry.getId(), official.username(), role, note.text(),
                clock.instant()));
        audit.allowed(official, AuditAction.NOTE_ADDED, inquiry.getId(), null);
        return saved;
    }

    @Transactional
    @OfficialsOnly
    public List<InquiryNote> notesOf(UUID id, CurrentUser official) {
        Inquiry inquiry = visible(id, official, AuditAction.NOTES_READ);
        if (inquiry.isConfidential()) {
            audit.allowed(official, AuditAction.NOTES_READ, id, null);
        }
        return notes.findByInquiryIdOrderByWrittenAtAsc(id);
    }

    /** The case's audit trail, for managers of its municipality; reading it is itself audited. */
    @Transactional
    @ManagersOnly
    public List<AuditEvent> auditOf(UUID id, CurrentUser manager) {
        visible(id, manager, AuditAction.AUDIT_READ);
        audit.allowed(manager, AuditAction.AUDIT_READ, id, null);
        return audit.ofInquiry(id);
    }

    private Inquiry visible(UUID id, CurrentUser user, AuditAction attempted) {
        Optional<Inquiry> found = inquiries.findById(id);
        if (found.isPresent() && CaseAccess.canSee(found.get(), user)) {
            return found.get();
        }
        audit.refused(user, attempted, found.map(Inquiry::getId).orElse(null),
                found.isPresent() ? "not visible to the caller" : "no inquiry " + id);
        throw new NotFoundException("No such inquiry.");
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return inquiries.count() > 0;
    }

    /** Called by the process as the case reaches each stage. */
    @Transactional
    public void moveTo(UUID id, InquiryStatus status) {
        Inquiry inquiry = inquiries.findById(id).orElseThrow(() -> new NotFoundException("No inquiry " + id));
        InquiryStatus before = inquiry.getStatus();
        if (inquiry.moveTo(status, clock.instant())) {
            audit.byProcess(AuditAction.INQUIRY_STATUS_CHANGED, id, before + " -> " + status);
        }
    }

    private String nextCaseNumber(Instant now) {
        int year = Year.from(now.atZone(clock.getZone())).getValue();
        return "ETB-%d-%06d".formatted(year, inquiries.nextCaseSequence());
    }

    private Instant firstContactDue(String municipalityCode, int workingDays, Instant now) {
        var calendar = municipalities.calendarOf(municipalityCode);
        LocalDate received = LocalDate.ofInstant(now, calendar.country().zone());
        return calendar.plusWorkingDays(received, workingDays)
                .atTime(END_OF_DAY).atZone(calendar.country().zone()).toInstant();
    }

    /** The applicant's company as cases may store it: its usual written form in either country. */
    private static List<String> companyOf(CurrentUser user) {
        return Arrays.stream(Country.values())
                .flatMap(country -> OrganisationNumber.parse(country, user.orgNumber()).stream())
                .map(OrganisationNumber::formatted)
                .toList();
    }

    private static Map<String, Object> processVariables(Inquiry inquiry) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inquiryId", inquiry.getId().toString());
        variables.put("caseNumber", inquiry.getCaseNumber());
        variables.put("municipality", inquiry.getMunicipality());
        variables.put("country", inquiry.getCountry().name());
        variables.put("establishmentType", inquiry.getEstablishmentType().name());
        variables.put("needs", inquiry.getNeeds().stream().map(Enum::name).sorted().toList());
        variables.put("confidential", inquiry.isConfidential());
        variables.put("firstContactDue", inquiry.getFirstContactDue().toString());
        return variables;
    }
}
