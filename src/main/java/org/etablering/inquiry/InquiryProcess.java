package org.etablering.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseEventKind;
import org.etablering.cases.CaseRegister;
import org.etablering.cases.CaseTimeline;
import org.etablering.clock.CaseClock;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
import org.etablering.clock.PauseReason;
import org.etablering.clock.ServiceNorms;
import org.etablering.document.DecisionContent;
import org.etablering.document.DecisionDocuments;
import org.etablering.document.DocumentKind;
import org.etablering.identity.Role;
import org.etablering.inquiry.persistence.InquiryRepository;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.CaseClosed;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the establishment inquiry process does to a case, step by step. Every step may be delivered
 * more than once by the engine, so each is safe to repeat.
 */
@Service
public class InquiryProcess {

    /** The message that tells a waiting process the company has completed its inquiry. */
    public static final String COMPLETED_MESSAGE = "inquiry-completed";

    private final InquiryRepository inquiries;
    private final MessageStore messages;
    private final Clocks clocks;
    private final ServiceNorms norms;
    private final Municipalities municipalities;
    private final Letters letters;
    private final CaseTimeline timeline;
    private final CaseRegister register;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DecisionDocuments documents;

    InquiryProcess(InquiryRepository inquiries, MessageStore messages, Clocks clocks, ServiceNorms norms,
                   Municipalities municipalities, Letters letters, CaseTimeline timeline, CaseRegister register, WorkflowMessages workflow,
                   AuditTrail audit, ApplicationEventPublisher events, Clock clock, DecisionDocuments documents) {
        this.documents = documents;
        this.inquiries = inquiries;
        this.messages = messages;
        this.clocks = clocks;
        this.norms = norms;
        this.municipalities = municipalities;
        this.letters = letters;
        this.timeline = timeline;
        this.register = register;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the case to a stage. Entering triage restarts a paused first-contact clock and returns its
     * due date; leaving triage for the hand-offs means first contact was made.
     */
    @Transactional
    public Map<String, Object> moveTo(UUID id, InquiryStatus status) {
        Inquiry inquiry = find(id);
        changeStatus(inquiry, status);
        return switch (status) {
            case IN_TRIAGE -> clocks.resume(id, inquiry.getMunicipality(), ClockKind.FIRST_CONTACT, null)
                    .map(CaseClock::getDueAt)
                    .map(due -> Map.<String, Object>of("firstContactDue", due.toString()))
                    .orElse(Map.of());
            case HANDED_OFF -> {
                clocks.stop(id, ClockKind.FIRST_CONTACT, null);
                timeline.record(id, CaseEventKind.TRIAGED, Role.FIRST_LINE.roleName(), null, null);
                yield Map.of();
            }
            case IN_COORDINATION -> {
                timeline.record(id, CaseEventKind.COORDINATION_STARTED, Role.FIRST_LINE.roleName(), null, null);
                yield Map.of();
            }
            default -> Map.of();
        };
    }

    /** Asks the company for what is missing, pauses the first-contact clock and sets when to remind and give up. */
    @Transactional
    public Map<String, Object> requestCompletion(UUID id, String missingInformation) {
        Inquiry inquiry = find(id);
        if (inquiry.getStatus() == InquiryStatus.AWAITING_COMPLETION) {
            return completionTimes(inquiry); // delivered again
        }
        changeStatus(inquiry, InquiryStatus.AWAITING_COMPLETION);
        clocks.pause(id, inquiry.getMunicipality(), ClockKind.FIRST_CONTACT, null, PauseReason.COMPLETION_REQUESTED);
        clocks.start(id, inquiry.getMunicipality(), ClockKind.COMPLETION_ANSWER, null, norms.completionAnswerWorkingDays());
        fromMunicipality(inquiry, MessageKind.COMPLETION_REQUEST,
                missingInformation == null || missingInformation.isBlank()
                        ? letters.write(inquiry.getMunicipality(), "inquiry.completion-request") : missingInformation);
        timeline.record(id, CaseEventKind.COMPLETION_REQUESTED, Role.FIRST_LINE.roleName(), null, null);
        return completionTimes(inquiry);
    }

    @Transactional
    public void remind(UUID id) {
        Inquiry inquiry = find(id);
        fromMunicipality(inquiry, MessageKind.REMINDER, letters.write(inquiry.getMunicipality(), "inquiry.reminder"));
        timeline.record(id, CaseEventKind.REMINDER_SENT, Role.FIRST_LINE.roleName(), null, null);
    }

    /** The company answered a request for completion: the waiting process moves on, once. */
    @Transactional(propagation = Propagation.MANDATORY)
    void completionReceived(Inquiry inquiry, String from) {
        clocks.stop(inquiry.getId(), ClockKind.COMPLETION_ANSWER, null);
        // back in triage at once, so that a second message from the company is not a second answer
        changeStatus(inquiry, InquiryStatus.IN_TRIAGE);
        timeline.record(inquiry.getId(), CaseEventKind.COMPLETION_RECEIVED, Role.APPLICANT.roleName(), from, null);
        workflow.publish(COMPLETED_MESSAGE, inquiry.getId().toString(), Map.of());
    }

    @Transactional
    public void respond(UUID id, String response) {
        Inquiry inquiry = find(id);
        if (inquiry.getStatus() == InquiryStatus.RESPONDED) {
            return;
        }
        changeStatus(inquiry, InquiryStatus.RESPONDED);
        fromMunicipality(inquiry, MessageKind.RESPONSE, response);
        String municipality = inquiry.getMunicipality();
        documents.issue(new DecisionContent(id, DocumentKind.INQUIRY_RESPONSE, "response", municipality,
                inquiry.getCaseNumber(), new DecisionContent.Applicant(inquiry.getCompanyName(), inquiry.getOrgNumber()),
                excerpt(inquiry.getDescription()), response, null, null, null, null,
                letters.write(municipality, "document.first-line", municipalities.nameOf(municipality)), clock.instant()));
        timeline.record(id, CaseEventKind.RESPONSE_SENT, Role.FIRST_LINE.roleName(), null, null);
    }

    @Transactional
    public Map<String, Object> scheduleFollowUp(UUID id) {
        Inquiry inquiry = find(id);
        var zone = municipalities.calendarOf(inquiry.getMunicipality()).country().zone();
        LocalDate day = LocalDate.ofInstant(clock.instant(), zone).plus(norms.followUpAfter());
        Instant followUpAt = day.atTime(8, 0).atZone(zone).toInstant();
        if (changeStatus(inquiry, InquiryStatus.FOLLOW_UP)) {
            timeline.record(id, CaseEventKind.FOLLOW_UP_SCHEDULED, Role.FIRST_LINE.roleName(), null, day.toString());
        }
        return Map.of("followUpAt", followUpAt.toString());
    }

    @Transactional
    public void close(UUID id, Outcome outcome) {
        Inquiry inquiry = find(id);
        changeStatus(inquiry, InquiryStatus.CLOSED);
        register.close(inquiry, outcome.name(), Role.FIRST_LINE.roleName(), null);
        events.publishEvent(new CaseClosed(id));
    }

    private Map<String, Object> completionTimes(Inquiry inquiry) {
        var calendar = municipalities.calendarOf(inquiry.getMunicipality());
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.country().zone());
        Instant reminder = calendar.plusWorkingDays(today, norms.completionReminderWorkingDays())
                .atTime(8, 0).atZone(calendar.country().zone()).toInstant();
        Instant deadline = calendar.plusWorkingDays(today, norms.completionAnswerWorkingDays())
                .atTime(23, 59, 59).atZone(calendar.country().zone()).toInstant();
        return Map.of("completionReminderAt", reminder.toString(), "completionDeadline", deadline.toString());
    }

    /** The first words of the company's description, to say what the inquiry was about. */
    private static String excerpt(String description) {
        String text = description == null ? "" : description.strip().replaceAll("\\s+", " ");
        return text.length() <= 100 ? text : text.substring(0, 99).strip() + "…";
    }

    private void fromMunicipality(Inquiry inquiry, MessageKind kind, String text) {
        messages.record(inquiry.getId(), kind, false, "process", Role.FIRST_LINE.roleName(), text, List.of());
    }

    private boolean changeStatus(Inquiry inquiry, InquiryStatus status) {
        InquiryStatus before = inquiry.getStatus();
        if (inquiry.moveTo(status, clock.instant())) {
            audit.byProcess(AuditAction.INQUIRY_STATUS_CHANGED, inquiry.getId(), before + " -> " + status);
            return true;
        }
        return false;
    }

    private Inquiry find(UUID id) {
        return inquiries.findById(id).orElseThrow(() -> new NotFoundException("inquiry-not-found"));
    }
}
