package org.etablering.permit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseRegister;
import org.etablering.clock.CaseClock;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
import org.etablering.clock.PauseReason;
import org.etablering.document.DecisionContent;
import org.etablering.document.DecisionDocuments;
import org.etablering.document.DocumentKind;
import org.etablering.identity.Role;
import org.etablering.message.MessageKind;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.municipality.WorkingCalendar;
import org.etablering.notification.Notifications;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the permit review process does to a permit, step by step. The engine may deliver a step more
 * than once, so each is safe to repeat. The rules of "yes before no" are checked here again when the
 * decision is issued, whatever the process or its variables say.
 */
@Service
public class PermitProcess {

    private final CaseRegister register;

    /** Tells the process's deadline watch that the statutory due date changed. */
    public static final String DEADLINE_CHANGED = "permit-deadline-changed";

    private final PermitRepository permits;
    private final PermitSteps steps;
    private final PermitRecords records;
    private final PermitProperties properties;
    private final Municipalities municipalities;
    private final Letters letters;
    private final Clocks clocks;
    private final Notifications notifications;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final DecisionDocuments documents;

    PermitProcess(PermitRepository permits, PermitSteps steps, PermitRecords records, PermitProperties properties,
                  Municipalities municipalities, Letters letters, Clocks clocks, Notifications notifications,
                  WorkflowMessages workflow, AuditTrail audit, Clock clock, CaseRegister register,
                  org.springframework.context.ApplicationEventPublisher events, DecisionDocuments documents) {
        this.events = events;
        this.documents = documents;
        this.register = register;
        this.permits = permits;
        this.steps = steps;
        this.records = records;
        this.properties = properties;
        this.municipalities = municipalities;
        this.letters = letters;
        this.clocks = clocks;
        this.notifications = notifications;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void enter(UUID id, PermitStatus step) {
        Permit permit = find(id);
        steps.enter(permit, step, null);
        if (step == PermitStatus.SECOND_REVIEW) {
            clocks.stop(id, ClockKind.DRAFT_REPLY, null);
        }
    }

    /** Asks for what is missing; the statutory clock pauses until the applicant completes the application. */
    @Transactional
    public Map<String, Object> requestCompletion(UUID id, String missingInformation) {
        Permit permit = find(id);
        if (steps.enter(permit, PermitStatus.AWAITING_COMPLETION, null)) {
            clocks.pause(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null, PauseReason.COMPLETION_REQUESTED);
            records.fromMunicipality(permit, MessageKind.COMPLETION_REQUEST,
                    missingInformation == null || missingInformation.isBlank()
                            ? letters.write(permit.getMunicipality(), "permit.completion-request")
                            : missingInformation.strip());
            deadlineChanged(id);
        }
        CaseClock answer = clocks.start(id, permit.getMunicipality(), ClockKind.COMPLETION_ANSWER, null,
                properties.completionAnswerWorkingDays());
        return Map.of("completionDeadline", answer.getDueAt().toString());
    }

    @Transactional
    public Map<String, Object> recordProposal(UUID id, ProposedOutcome outcome, String reasoning, String officer) {
        Permit permit = find(id);
        permit.propose(outcome, reasoning, officer, clock.instant());
        return Map.of("proposalIsNo", outcome == ProposedOutcome.REJECT);
    }

    @Transactional
    public Map<String, Object> recordAlternative(UUID id, AlternativeKind kind, String description, String dialogue,
                                                 boolean works, String officer) {
        Permit permit = find(id);
        boolean recordedAlready = records.alternatives(id).stream()
                .anyMatch(earlier -> !earlier.getRecordedAt().isBefore(permit.getProposedAt())
                        && earlier.getKind() == kind && earlier.getDescription().equals(description));
        if (!recordedAlready) {
            records.alternative(new Alternative(id, kind, description, dialogue, works, officer, clock.instant()));
            if (works) {
                permit.becameYesAfterExploring();
            }
        }
        return Map.of("wayToYesFound", works);
    }

    /** Sends the draft of the adverse decision and gives the applicant a time to reply. */
    @Transactional
    public Map<String, Object> communicate(UUID id) {
        Permit permit = find(id);
        if (steps.enter(permit, PermitStatus.COMMUNICATING, null)) {
            WorkingCalendar calendar = municipalities.calendarOf(permit.getMunicipality());
            CaseClock reply = clocks.start(id, permit.getMunicipality(), ClockKind.DRAFT_REPLY, null,
                    properties.replyToDraftWorkingDays());
            String draft = letters.write(permit.getMunicipality(), "permit.draft", permit.getProposalReasoning(),
                    letters.day(permit.getMunicipality(), LocalDate.ofInstant(reply.getDueAt(), calendar.country().zone())));
            records.communication(new Communication(id, draft, clock.instant(), reply.getDueAt()));
            records.fromMunicipality(permit, MessageKind.DRAFT_DECISION, draft);
        }
        List<Communication> sent = records.communications(id);
        return Map.of("replyDue", sent.get(sent.size() - 1).getReplyDue().toString());
    }

    /**
     * The case officer considered the applicant's reply to the draft (or that none came in time): whether it changes
     * the assessment decides between assessing again and the manager's second review.
     */
    @Transactional
    public Map<String, Object> considerReply(UUID id, boolean changesAssessment, String note, String officer) {
        Permit permit = find(id);
        List<Communication> sent = records.communications(id);
        if (sent.isEmpty()) {
            throw new IllegalStateException("No draft decision was communicated on permit " + id);
        }
        Communication latest = sent.get(sent.size() - 1);
        if (latest.consider(changesAssessment, note, officer, clock.instant())) {
            clocks.stop(id, ClockKind.DRAFT_REPLY, null);
            audit.byProcess(AuditAction.PERMIT_STEP, permit.getId(), "reply to the draft considered by " + officer + ": "
                    + (changesAssessment ? "changes the assessment" : "the assessment stands"));
        }
        return Map.of("assessmentChanged", Boolean.TRUE.equals(latest.getChangesAssessment()));
    }

    @Transactional
    public Map<String, Object> recordReview(UUID id, boolean agrees, String comment, String reviewer) {
        Permit permit = find(id);
        if (reviewer.equals(permit.getOfficer())) {
            throw new IllegalStateException("The case officer cannot review their own proposal");
        }
        records.review(new SecondReview(id, reviewer, agrees, comment, clock.instant()));
        return Map.of("reviewerAgrees", agrees);
    }

    /** Issues the decision; a rejection only with every safeguard in place, in order. */
    @Transactional
    public void decide(UUID id, DecisionOutcome outcome, String legalBasis, String reasoning, String conditions,
                       String decidedBy) {
        Permit permit = find(id);
        if (permit.isDecided()) {
            return;
        }
        if (outcome == DecisionOutcome.REJECTED) {
            List<org.etablering.problem.Refusal.Reason> missing = records.missingForRejection(permit, clock.instant());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("A rejection without its safeguards: " + missing);
            }
            permit.rejectedAfterCommunication();
        }
        issue(permit, outcome, legalBasis, reasoning, conditions, decidedBy);
    }

    /** The applicant never completed the application: it is dismissed. */
    @Transactional
    public void dismiss(UUID id) {
        Permit permit = find(id);
        if (!permit.isDecided()) {
            PermitProperties.PermitType type = properties.types().get(permit.getPermitType());
            issue(permit, DecisionOutcome.DISMISSED, type.dismissalLegalBasis(),
                    letters.write(permit.getMunicipality(), "permit.dismissal"), null, "process");
        }
    }

    /** The applicant withdrew the application: the review ends, its clocks stop, the case closes as withdrawn. */
    @Transactional
    public void withdrawn(UUID id, String reason) {
        Permit permit = find(id);
        if (permit.isDecided() || permit.getStatus() == PermitStatus.WITHDRAWN) {
            return;
        }
        steps.enter(permit, PermitStatus.WITHDRAWN, reason == null || reason.isBlank() ? null : reason);
        clocks.stopAll(id);
        register.close(permit, PermitStatus.WITHDRAWN.name(), Role.APPLICANT.roleName(), null);
        events.publishEvent(new org.etablering.workflow.CaseClosed(id));
    }

    /** The statutory deadline as the watch needs it: whether it runs, when to warn, when it expires. */
    @Transactional
    public Map<String, Object> deadline(UUID id) {
        Permit permit = find(id);
        return clocks.current(id, ClockKind.PERMIT_DECISION, null)
                .filter(CaseClock::isRunning)
                .<Map<String, Object>>map(deadline -> {
                    WorkingCalendar calendar = municipalities.calendarOf(permit.getMunicipality());
                    LocalDate dueDay = LocalDate.ofInstant(deadline.getDueAt(), calendar.country().zone());
                    Instant warnAt = calendar.minusWorkingDays(dueDay, properties.deadlineWarningWorkingDays())
                            .atTime(8, 0).atZone(calendar.country().zone()).toInstant();
                    return Map.of("deadlineRunning", true, "deadlineWarned", deadline.getWarnedAt() != null,
                            "deadlineWarningAt", warnAt.toString(), "deadlineDueAt", deadline.getDueAt().toString());
                })
                .orElse(Map.of("deadlineRunning", false));
    }

    @Transactional
    public void warnOfDeadline(UUID id) {
        Permit permit = find(id);
        if (clocks.warned(id, ClockKind.PERMIT_DECISION, null)) {
            notifyOfficerAndManagers(permit, Notifications.Kind.DEADLINE_NEAR);
        }
    }

    @Transactional
    public void deadlineMissed(UUID id) {
        Permit permit = find(id);
        if (clocks.escalated(id, ClockKind.PERMIT_DECISION, null)) {
            notifyOfficerAndManagers(permit, Notifications.Kind.DEADLINE_MISSED);
        }
    }

    /** The answer to a request for a decision: decide within four weeks, or refuse the request with reasons. */
    @Transactional
    public void answerDecisionRequest(UUID id, boolean refused, String reasoning, String by) {
        Permit permit = find(id);
        if (documents.find(id, DocumentKind.DECISION_REQUEST_ANSWER, "decision-request").isPresent()) {
            return; // answered already: the step was delivered again
        }
        String text = letters.write(permit.getMunicipality(),
                refused ? "permit.decision-request.refused" : "permit.decision-request.accepted", reasoning);
        records.fromMunicipality(permit, MessageKind.DECISION_REQUEST_ANSWER, text);
        String municipality = permit.getMunicipality();
        documents.issue(document(permit, DocumentKind.DECISION_REQUEST_ANSWER, "decision-request", text,
                letters.write(municipality, "document.decision-request.legal-basis"), null, null,
                refused ? letters.write(municipality, "document.decision-request.appeal") : null, by));
        if (refused) {
            clocks.stop(id, ClockKind.DECISION_REQUESTED, null);
        }
        audit.byProcess(AuditAction.PERMIT_ANSWERED, id, (refused ? "refused" : "accepted") + " by " + by);
    }

    void deadlineChanged(UUID id) {
        workflow.publish(DEADLINE_CHANGED, id.toString(), Map.of());
    }

    private void issue(Permit permit, DecisionOutcome outcome, String legalBasis, String reasoning, String conditions,
                       String decidedBy) {
        PermitProperties.PermitType type = properties.types().get(permit.getPermitType());
        Decision decision = records.decision(new Decision(permit.getId(), outcome, legalBasis, reasoning,
                conditions == null || conditions.isBlank() ? null : conditions.strip(), type.appealInformation(),
                decidedBy, clock.instant()));
        steps.enter(permit, PermitStatus.DECIDED, outcome.name());
        register.close(permit, outcome.name(), Role.PLANNING.roleName(), null);
        String municipality = permit.getMunicipality();
        String conditionsLine = decision.getConditions() == null ? ""
                : letters.write(municipality, "permit.decision.conditions", decision.getConditions());
        String outcomeWords = letters.write(municipality, "permit.outcome." + outcome);
        records.fromMunicipality(permit, MessageKind.DECISION, letters.write(municipality, "permit.decision",
                outcomeWords, legalBasis, reasoning, conditionsLine, decision.getAppeal()));
        documents.issue(document(permit, DocumentKind.PERMIT_DECISION, "decision",
                letters.write(municipality, "document.permit-decision", outcomeWords), legalBasis, reasoning,
                decision.getConditions(), decision.getAppeal(), decidedBy));
        audit.byProcess(AuditAction.PERMIT_DECIDED, permit.getId(), outcome + " by " + decidedBy);
    }

    private DecisionContent document(Permit permit, DocumentKind kind, String reference, String decision,
                                     String legalBasis, String reasoning, String conditions, String appeal,
                                     String decidedBy) {
        PermitProperties.PermitType type = properties.types().get(permit.getPermitType());
        String subject = permit.getSite() == null ? type.name() : type.name() + ", " + permit.getSite();
        return new DecisionContent(permit.getId(), kind, reference, permit.getMunicipality(), permit.getCaseNumber(),
                new DecisionContent.Applicant(permit.getCompanyName(), permit.getOrgNumber()), subject, decision,
                legalBasis, reasoning, conditions, appeal,
                "process".equals(decidedBy) ? municipalities.nameOf(permit.getMunicipality()) : decidedBy, clock.instant());
    }

    private void notifyOfficerAndManagers(Permit permit, Notifications.Kind kind) {
        Instant due = clocks.current(permit.getId(), ClockKind.PERMIT_DECISION, null).map(CaseClock::getDueAt).orElse(null);
        if (permit.getOfficer() != null) {
            notifications.toPerson(permit.getMunicipality(), permit.getOfficer(), permit.getId(), permit.getCaseNumber(),
                    kind, due);
        } else {
            notifications.toRole(permit.getMunicipality(), Role.PLANNING.roleName(), permit.getId(),
                    permit.getCaseNumber(), kind, due);
        }
        notifications.toRole(permit.getMunicipality(), Role.MANAGER.roleName(), permit.getId(), permit.getCaseNumber(),
                kind, due);
    }

    private Permit find(UUID id) {
        return permits.findById(id).orElseThrow(() -> new NotFoundException("permit-not-found"));
    }
}
