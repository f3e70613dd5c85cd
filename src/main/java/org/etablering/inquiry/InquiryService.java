package org.etablering.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.inquiry.persistence.InquiryRepository;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
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
    private final InquiryDetailsMapper details;
    private final Municipalities municipalities;
    private final WorkflowMessages workflow;
    private final Clock clock;

    InquiryService(InquiryRepository inquiries, InquiryDetailsMapper details, Municipalities municipalities,
                   WorkflowMessages workflow, Clock clock) {
        this.inquiries = inquiries;
        this.details = details;
        this.municipalities = municipalities;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Registers the inquiry with a case number, starts the first-contact clock and, in the same
     * transaction, queues the message that starts its process.
     */
    @Transactional
    public Inquiry submit(InquirySubmission submission, CurrentUser applicant) {
        OrganisationNumber orgNumber = OrganisationNumber.parse(submission.country(), submission.orgNumber())
                .orElseThrow(() -> new IllegalArgumentException("orgNumber was not validated"));
        if (!orgNumber.sameAs(applicant.orgNumber())) {
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
        workflow.publish(SUBMITTED_MESSAGE, inquiry.getId().toString(), processVariables(inquiry));
        return inquiry;
    }

    @Transactional(readOnly = true)
    public List<Inquiry> visibleTo(CurrentUser user) {
        PageRequest firstPage = PageRequest.of(0, LIST_LIMIT);
        if (user.isApplicant()) {
            return inquiries.findByMunicipalityAndOrgNumberOrderBySubmittedAtDesc(
                    user.municipality(), normalisedOrgNumber(user), firstPage);
        }
        return inquiries.findByMunicipalityOrderBySubmittedAtDesc(user.municipality(), firstPage);
    }

    /** The case, if this user may see it; otherwise 404, so that nobody learns another company's case exists. */
    @Transactional(readOnly = true)
    public Inquiry get(UUID id, CurrentUser user) {
        return inquiries.findByIdAndMunicipality(id, user.municipality())
                .filter(inquiry -> !user.isApplicant() || inquiry.getOrgNumber().equals(normalisedOrgNumber(user)))
                .orElseThrow(() -> new NotFoundException("No such inquiry."));
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return inquiries.count() > 0;
    }

    /** Called by the process as the case reaches each stage. */
    @Transactional
    public void moveTo(UUID id, InquiryStatus status) {
        Inquiry inquiry = inquiries.findById(id).orElseThrow(() -> new NotFoundException("No inquiry " + id));
        inquiry.moveTo(status, clock.instant());
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

    private static String normalisedOrgNumber(CurrentUser user) {
        String raw = user.orgNumber() == null ? "" : user.orgNumber();
        return raw.replaceAll("[\\s]", "");
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
