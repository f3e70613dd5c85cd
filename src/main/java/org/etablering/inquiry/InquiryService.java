package org.etablering.inquiry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseAccess;
import org.etablering.cases.CaseEvent;
import org.etablering.cases.CaseHeader;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseTimeline;
import org.etablering.cases.OrganisationNumber;
import org.etablering.clock.CaseClock;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.Role;
import org.etablering.inquiry.persistence.InquiryRepository;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.UnprocessableException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Receives establishment inquiries and answers who may see which. */
@Service
public class InquiryService {

    /** The message whose arrival starts the establishment inquiry process. */
    public static final String SUBMITTED_MESSAGE = "inquiry-submitted";
    private static final int LIST_LIMIT = 500;

    private final InquiryRepository inquiries;
    private final CaseRegister register;
    private final SubmissionKeyRepository submissionKeys;
    private final InquiryDetailsMapper details;
    private final Municipalities municipalities;
    private final Clocks clocks;
    private final CaseTimeline timeline;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    InquiryService(InquiryRepository inquiries, CaseRegister register, SubmissionKeyRepository submissionKeys,
                   InquiryDetailsMapper details, Municipalities municipalities, Clocks clocks, CaseTimeline timeline,
                   WorkflowMessages workflow, AuditTrail audit, TransactionTemplate transaction, ObjectMapper json,
                   Clock clock) {
        this.inquiries = inquiries;
        this.register = register;
        this.submissionKeys = submissionKeys;
        this.details = details;
        this.municipalities = municipalities;
        this.clocks = clocks;
        this.timeline = timeline;
        this.workflow = workflow;
        this.audit = audit;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers the inquiry with a case number, starts the first-contact clock and, in the same
     * transaction, queues the message that starts its process. With an Idempotency-Key, sending the same
     * request again returns the case the first one created; the same key with another request is refused.
     */
    @ApplicantsOnly
    public Submitted submit(InquirySubmission submission, CurrentUser applicant, String idempotencyKey) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
            throw new InvalidInputException("idempotency-key-invalid",
                    List.of(new FieldProblem("Idempotency-Key", "must have 1 to 200 visible ASCII characters")));
        }
        // the request's hash tells a repeat from a reuse of its key; without a key there is nothing to compare
        String requestHash = idempotencyKey == null ? null : hash(submission);
        try {
            return transaction.execute(status -> earlier(applicant, idempotencyKey, requestHash)
                    .map(inquiry -> new Submitted(inquiry, true))
                    .orElseGet(() -> new Submitted(create(submission, applicant, idempotencyKey, requestHash), false)));
        } catch (DataIntegrityViolationException sameKeyAtTheSameTime) {
            return transaction.execute(status -> earlier(applicant, idempotencyKey, requestHash)
                    .map(inquiry -> new Submitted(inquiry, true))
                    .orElseThrow(() -> sameKeyAtTheSameTime));
        }
    }

    private Optional<Inquiry> earlier(CurrentUser applicant, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        return submissionKeys.findById(new SubmissionKey.Id(applicant.userId(), key)).map(earlier -> {
            if (!earlier.getRequestHash().equals(requestHash)) {
                throw new UnprocessableException("idempotency-key-reused", java.util.List.of());
            }
            return inquiries.findById(earlier.getInquiryId()).orElseThrow();
        });
    }

    private Inquiry create(InquirySubmission submission, CurrentUser applicant, String key, String requestHash) {
        OrganisationNumber orgNumber = OrganisationNumber.parse(submission.country(), submission.orgNumber())
                .orElseThrow(() -> new IllegalArgumentException("orgNumber was not validated"));
        if (!orgNumber.sameAs(applicant.orgNumber())) {
            audit.refused(applicant, AuditAction.INQUIRY_SUBMITTED, null,
                    "for organisation number " + orgNumber.formatted() + ", not the applicant's own");
            throw new ForbiddenException("not-your-company");
        }
        var municipality = municipalities.get(applicant.municipality());
        Inquiry inquiry = new Inquiry(new CaseHeader(applicant.municipality(), submission.country(),
                submission.companyName(), orgNumber.formatted(), submission.contactName(), submission.contactEmail(),
                submission.contactPhone(), submission.description(), submission.confidential(), Set.of(),
                applicant.username(), null));
        details.copyDetails(submission, inquiry);
        return register.open(inquiry, new CaseRegister.Opening(applicant, Role.APPLICANT.roleName(),
                AuditAction.INQUIRY_SUBMITTED, null, SUBMITTED_MESSAGE), opened -> {
            if (key != null) {
                submissionKeys.saveAndFlush(new SubmissionKey(applicant.userId(), key, requestHash, opened.getId(),
                        clock.instant()));
            }
            CaseClock firstContact = clocks.start(opened.getId(), opened.getMunicipality(), ClockKind.FIRST_CONTACT,
                    null, municipality.firstContactWorkingDays());
            return processVariables(opened, firstContact);
        });
    }

    /** The cases this user may see, newest first; listing a confidential case is audited like reading it. */
    @Transactional
    @CaseReaders
    public List<Inquiry> visibleTo(CurrentUser user) {
        PageRequest firstPage = PageRequest.of(0, LIST_LIMIT);
        List<Inquiry> candidates;
        if (user.isApplicant()) {
            List<String> company = OrganisationNumber.writtenForms(user.orgNumber());
            candidates = company.isEmpty() ? List.of()
                    : inquiries.findByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(user.municipality(), company, firstPage);
        } else {
            candidates = inquiries.findByMunicipalityOrderByOpenedAtDesc(user.municipality(), firstPage);
        }
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
        return read(id, user, AuditAction.INQUIRY_READ);
    }

    /** The case's timeline; the company's version leaves out what is internal. */
    @Transactional(readOnly = true)
    @CaseReaders
    public List<CaseEvent> timelineOf(Inquiry visibleCase, CurrentUser user) {
        return timeline.of(visibleCase.getId(), !user.isApplicant());
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return inquiries.count() > 0;
    }

    /** Why and how first-line closes a case early; the outcome is one of {@link Outcome}. */
    public record EarlyClose(String outcome, String reason) {
    }

    /**
     * First-line (or a manager) closes an inquiry at any point after triage, with an outcome and a reason. The
     * process ends whatever was still open (hand-offs included) and closes the case; the reason is on the
     * timeline and in the audit trail.
     */
    @org.etablering.identity.OfficialsOnly
    public void closeEarly(UUID id, EarlyClose close, CurrentUser official) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        Outcome outcome = null;
        try {
            outcome = close.outcome() == null ? null : Outcome.valueOf(close.outcome());
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "must be one of " + java.util.Arrays.toString(Outcome.values()), "required", null));
        }
        if (close.reason() == null || close.reason().isBlank() || close.reason().length() > 2000) {
            problems.add(new FieldProblem("reason", "must have 1 to 2000 characters", "length", 2000));
        }
        if (!official.has(Role.FIRST_LINE) && !official.has(Role.MANAGER)) {
            throw new org.etablering.problem.ForbiddenException("Only first-line officials and managers close cases.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("early-close-invalid", problems);
        }
        Outcome chosen = outcome;
        transaction.executeWithoutResult(status -> {
            Inquiry inquiry = visible(id, official, AuditAction.INQUIRY_CLOSED);
            if (inquiry.getStatus() == InquiryStatus.SUBMITTED || inquiry.getStatus() == InquiryStatus.IN_TRIAGE) {
                throw new org.etablering.problem.ConflictException("A case is closed early only after triage.");
            }
            if (inquiry.getStatus() == InquiryStatus.CLOSED) {
                throw new org.etablering.problem.ConflictException("The case is already closed.");
            }
            audit.allowed(official, AuditAction.INQUIRY_CLOSED, id, chosen.name() + ": " + close.reason().strip());
            workflow.publish("inquiry-closed-early", id.toString(),
                    Map.of("outcome", chosen.name(), "closeReason", close.reason().strip()));
        });
    }

    /**
     * The company withdraws its inquiry, with an optional reason: the process ends whatever is open (hand-offs
     * included) and closes the case as withdrawn, as an early close does.
     */
    @ApplicantsOnly
    public void withdraw(UUID id, String reason, CurrentUser applicant) {
        String why = reason == null ? "" : reason.strip();
        transaction.executeWithoutResult(status -> {
            Inquiry inquiry = visible(id, applicant, AuditAction.INQUIRY_CLOSED);
            if (inquiry.getStatus() == InquiryStatus.CLOSED) {
                audit.refused(applicant, AuditAction.INQUIRY_CLOSED, id, "withdrawal of a closed inquiry");
                throw new org.etablering.problem.ConflictException("The inquiry is already closed.");
            }
            register.receiveWithdrawal(inquiry, applicant, why);
            String detail = "withdrawn by the company" + (why.isEmpty() ? "" : ": " + why);
            audit.allowed(applicant, AuditAction.INQUIRY_CLOSED, id, Outcome.WITHDRAWN.name() + ": " + detail);
            workflow.publish("inquiry-closed-early", id.toString(),
                    Map.of("outcome", Outcome.WITHDRAWN.name(), "closeReason", detail));
        });
    }

    Inquiry visible(UUID id, CurrentUser user, AuditAction attempted) {
        return register.visible(Inquiry.class, id, user, attempted);
    }

    Inquiry read(UUID id, CurrentUser user, AuditAction reading) {
        return register.read(Inquiry.class, id, user, reading);
    }

    /** Whether the inquiry is one this user may see, e.g. a company's own, to start a permit or land request from. */
    @Transactional(readOnly = true)
    public boolean isVisibleTo(UUID id, CurrentUser user) {
        return inquiries.findById(id).filter(inquiry -> CaseAccess.canSee(inquiry, user)).isPresent();
    }

    /** What a permit or land request started from this inquiry needs to know of it. */
    @Transactional(readOnly = true)
    public Optional<InquiryFacts> facts(UUID id) {
        return inquiries.findById(id).map(inquiry -> new InquiryFacts(inquiry.getId(), inquiry.getCaseNumber(),
                inquiry.getMunicipality(), inquiry.getCompanyName(), inquiry.getDescription(),
                inquiry.getDesiredArea(), inquiry.getLandAreaSqm(), inquiry.getPowerDemandMw()));
    }

    /** The applicant's company as cases may store it: its usual written form in either country. */

    /** The same request always hashes the same, whatever order its needs came in. */
    private String hash(InquirySubmission submission) {
        try {
            Map<String, Object> canonical = json.convertValue(submission, json.getTypeFactory()
                    .constructMapType(java.util.TreeMap.class, String.class, Object.class));
            canonical.put("needs", submission.needs() == null ? null : new TreeSet<>(submission.needs()));
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> processVariables(Inquiry inquiry, CaseClock firstContact) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inquiryId", inquiry.getId().toString());
        variables.put("country", inquiry.getCountry().name());
        variables.put("establishmentType", inquiry.getEstablishmentType().name());
        variables.put("needs", inquiry.getNeeds().stream().map(Enum::name).sorted().toList());
        variables.put("landAreaSqm", inquiry.getLandAreaSqm());
        variables.put("powerDemandMw", inquiry.getPowerDemandMw());
        variables.put("expectedJobs", inquiry.getExpectedJobs());
        variables.put("confidential", inquiry.isConfidential());
        variables.put("firstContactDue", firstContact.getDueAt().toString());
        return variables;
    }
}
