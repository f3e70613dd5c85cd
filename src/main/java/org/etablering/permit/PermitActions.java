package org.etablering.permit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.clock.CaseClock;
import org.etablering.clock.ClockKind;
import org.etablering.clock.ClockPause;
import org.etablering.clock.Clocks;
import org.etablering.clock.PauseReason;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.PlanningOfficers;
import org.etablering.message.MessageKind;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.ConflictException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a permit outside its tasks: the applicant completes the application, replies to a
 * draft decision or asks for a decision; the planning function extends or pauses the statutory clock.
 */
@Service
public class PermitActions {

    public static final String COMPLETED_MESSAGE = "permit-completed";
    public static final String REPLIED_MESSAGE = "permit-replied";
    public static final String DECISION_REQUESTED_MESSAGE = "permit-decision-requested";
    public static final String WITHDRAWN_MESSAGE = "permit-withdrawn";

    private final PermitService permits;
    private final PermitSteps steps;
    private final PermitRecords records;
    private final PermitProcess process;
    private final PermitProperties properties;
    private final Letters letters;
    private final Municipalities municipalities;
    private final Clocks clocks;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.etablering.task.TaskService tasks;
    private final org.etablering.cases.CaseRegister register;

    PermitActions(PermitService permits, PermitSteps steps, PermitRecords records, PermitProcess process,
                  PermitProperties properties, Letters letters, Municipalities municipalities, Clocks clocks,
                  WorkflowMessages workflow, AuditTrail audit, Clock clock, org.etablering.task.TaskService tasks,
                  org.etablering.cases.CaseRegister register) {
        this.register = register;
        this.tasks = tasks;
        this.permits = permits;
        this.steps = steps;
        this.records = records;
        this.process = process;
        this.properties = properties;
        this.letters = letters;
        this.municipalities = municipalities;
        this.clocks = clocks;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The applicant sends what was missing. Asked for within the statutory window, the period counts
     * again from today; asked for later, the clock only resumes.
     */
    @ApplicantsOnly
    @Transactional
    public Permit complete(UUID id, String text, CurrentUser applicant) {
        return complete(id, text, List.of(), applicant);
    }

    /** The completion with its attachments; refused files refuse it all. */
    @ApplicantsOnly
    @Transactional
    public Permit complete(UUID id, String text, List<org.etablering.message.MessageStore.Upload> uploads,
                           CurrentUser applicant) {
        Permit permit = permits.visible(id, applicant);
        if (permit.getStatus() != PermitStatus.AWAITING_COMPLETION) {
            audit.refused(applicant, AuditAction.PERMIT_ANSWERED, id, "completion while none was asked for");
            throw new ConflictException("permit-not-awaiting-completion");
        }
        records.fromApplicant(permit, MessageKind.COMPLETION, applicant.username(), text.strip(), uploads);
        clocks.stop(id, ClockKind.COMPLETION_ANSWER, null);
        Instant now = clock.instant();
        boolean withinWindow = clocks.current(id, ClockKind.PERMIT_DECISION, null)
                .map(deadline -> requestedWithinWindow(permit, deadline))
                .orElse(false);
        if (withinWindow) {
            clocks.restart(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null);
        } else {
            clocks.resume(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null);
        }
        permit.complete(now);
        steps.enter(permit, PermitStatus.COMPLETENESS_CHECK, withinWindow ? "period restarted" : "clock resumed");
        workflow.publish(COMPLETED_MESSAGE, id.toString(), Map.of());
        process.deadlineChanged(id);
        audit.allowed(applicant, AuditAction.PERMIT_ANSWERED, id, "completion");
        return permit;
    }

    /** The applicant's reply to a draft adverse decision, which the case officer then considers. */
    @ApplicantsOnly
    @Transactional
    public Permit reply(UUID id, String text, CurrentUser applicant) {
        return reply(id, text, false, applicant);
    }

    /**
     * The applicant's reply to the draft adverse decision, or their word that they have nothing to add (then the
     * text may be empty: the municipality's standard words are recorded). Either way the case officer considers it.
     */
    @ApplicantsOnly
    @Transactional
    public Permit reply(UUID id, String text, boolean nothingToAdd, CurrentUser applicant) {
        return reply(id, text, nothingToAdd, List.of(), applicant);
    }

    /** The reply with its attachments; refused files refuse it all. */
    @ApplicantsOnly
    @Transactional
    public Permit reply(UUID id, String text, boolean nothingToAdd, List<org.etablering.message.MessageStore.Upload> uploads,
                        CurrentUser applicant) {
        Permit permit = permits.visible(id, applicant);
        String words = text == null ? "" : text.strip();
        if (nothingToAdd && words.isEmpty()) {
            words = letters.write(permit.getMunicipality(), "permit.nothing-to-add");
        }
        if (words.isEmpty()) {
            throw new org.etablering.problem.InvalidInputException("The reply is empty.",
                    List.of(new org.etablering.problem.FieldProblem("text", "must not be blank", "required", null)));
        }
        List<Communication> sent = records.communications(id);
        Communication latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        boolean taken = latest != null && permit.getStatus() == PermitStatus.COMMUNICATING
                && (nothingToAdd ? latest.nothingToAdd(words, clock.instant()) : latest.reply(words, clock.instant()));
        if (!taken) {
            audit.refused(applicant, AuditAction.PERMIT_ANSWERED, id, "no draft decision waiting for a reply");
            throw new ConflictException("no-draft-decision");
        }
        text = words;
        records.fromApplicant(permit, MessageKind.REPLY, applicant.username(), text, uploads);
        clocks.stop(id, ClockKind.DRAFT_REPLY, null);
        workflow.publish(REPLIED_MESSAGE, id.toString(), Map.of());
        audit.allowed(applicant, AuditAction.PERMIT_ANSWERED, id, "reply to draft decision");
        return permit;
    }

    /**
     * Förvaltningslagen 12 §: six months after the application, the applicant may ask for a decision,
     * which must come, or the request be refused, within four weeks.
     */
    @ApplicantsOnly
    @Transactional
    public Permit requestDecision(UUID id, CurrentUser applicant) {
        Permit permit = permits.visible(id, applicant);
        if (permit.isDecided()) {
            throw new ConflictException("permit-decided");
        }
        if (!decisionRequestable(permit, clock.instant())) {
            throw new ConflictException("decision-request-too-early", properties.decisionRequestableAfter().toTotalMonths());
        }
        if (permit.getDecisionRequestedAt() != null) {
            throw new ConflictException("decision-already-requested");
        }
        permit.decisionRequested(clock.instant());
        clocks.startWeeks(id, permit.getMunicipality(), ClockKind.DECISION_REQUESTED, null, properties.decisionRequestWeeks());
        records.fromApplicant(permit, MessageKind.DECISION_REQUEST, applicant.username(),
                letters.write(permit.getMunicipality(), "permit.decision-requested"));
        workflow.publish(DECISION_REQUESTED_MESSAGE, id.toString(), Map.of());
        audit.allowed(applicant, AuditAction.PERMIT_DECISION_REQUESTED, id, null);
        return permit;
    }

    @PlanningOfficers
    @Transactional
    public CaseClock extend(UUID id, int weeks, String reason, CurrentUser official) {
        Permit permit = permits.visible(id, official);
        java.time.Instant previousDue = clocks.current(id, ClockKind.PERMIT_DECISION, null).map(CaseClock::getDueAt)
                .orElse(null);
        CaseClock deadline = clocks.extend(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null, weeks, reason,
                official.username());
        tasks.deadlineMoved(id, previousDue, deadline.getDueAt());
        process.deadlineChanged(id);
        audit.allowed(official, AuditAction.PERMIT_CLOCK_CHANGED, id, "extended " + weeks + " weeks: " + reason);
        return deadline;
    }

    /**
     * The applicant withdraws the application before it is decided, with an optional reason; the review ends and
     * the case closes as withdrawn (in the process, which also ends its open tasks).
     */
    @ApplicantsOnly
    @Transactional
    public void withdraw(UUID id, String reason, CurrentUser applicant) {
        Permit permit = permits.visible(id, applicant);
        if (permit.isDecided() || permit.isClosed() || permit.getStatus() == PermitStatus.WITHDRAWN) {
            audit.refused(applicant, AuditAction.CASE_CLOSED, id, "withdrawal of a decided or closed permit");
            throw new ConflictException("permit-not-withdrawable");
        }
        String why = reason == null ? "" : reason.strip();
        register.receiveWithdrawal(permit, applicant, why);
        audit.allowed(applicant, AuditAction.CASE_CLOSED, id, "withdrawn by the applicant" + (why.isEmpty() ? "" : ": " + why));
        workflow.publish(WITHDRAWN_MESSAGE, id.toString(), Map.of("withdrawReason", why));
    }

    /** The applicant asked the municipality to wait; the statutory clock pauses until resumed. */
    @PlanningOfficers
    @Transactional
    public void pause(UUID id, CurrentUser official) {
        Permit permit = permits.visible(id, official);
        clocks.current(id, ClockKind.PERMIT_DECISION, null).filter(CaseClock::isRunning)
                .orElseThrow(() -> new ConflictException("clock-not-running"));
        clocks.pause(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null, PauseReason.APPLICANT_REQUESTED);
        process.deadlineChanged(id);
        audit.allowed(official, AuditAction.PERMIT_CLOCK_CHANGED, id, "paused at the applicant's request");
    }

    @PlanningOfficers
    @Transactional
    public void resume(UUID id, CurrentUser official) {
        Permit permit = permits.visible(id, official);
        CaseClock deadline = clocks.current(id, ClockKind.PERMIT_DECISION, null).filter(CaseClock::isPaused)
                .orElseThrow(() -> new ConflictException("clock-not-paused"));
        ClockPause pause = deadline.getPauses().get(deadline.getPauses().size() - 1);
        if (pause.getReason() != PauseReason.APPLICANT_REQUESTED) {
            throw new ConflictException("clock-awaits-applicant");
        }
        clocks.resume(id, permit.getMunicipality(), ClockKind.PERMIT_DECISION, null);
        process.deadlineChanged(id);
        audit.allowed(official, AuditAction.PERMIT_CLOCK_CHANGED, id, "resumed");
    }

    /** Whether the case is old enough, undecided, for the applicant to request a decision. */
    boolean decisionRequestable(Permit permit, Instant now) {
        ZoneId zone = municipalities.get(permit.getMunicipality()).country().zone();
        return !permit.isDecided() && !permit.getSubmittedAt().atZone(zone)
                .plus(properties.decisionRequestableAfter()).toInstant().isAfter(now);
    }

    private boolean requestedWithinWindow(Permit permit, CaseClock deadline) {
        PermitProperties.PermitType type = properties.types().get(permit.getPermitType());
        if (type.completionWindowWeeks() == null) {
            return true;
        }
        List<ClockPause> pauses = deadline.getPauses();
        ClockPause request = pauses.get(pauses.size() - 1);
        Instant windowEnds = permit.getSubmittedAt().plus(Duration.ofDays(7L * type.completionWindowWeeks()));
        return !request.getPausedAt().isAfter(windowEnds);
    }
}
