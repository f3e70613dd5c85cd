package org.etablering.handoff;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.clock.CaseClock;
import org.etablering.clock.ClockKind;
import org.etablering.clock.Clocks;
import org.etablering.clock.ServiceNorms;
import org.etablering.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hand-offs of cases, recorded as {@code bpmn/function-handoff.bpmn} runs. One hand-off per process
 * instance, so a step the engine delivers twice finds its record and changes nothing.
 */
@Service
public class HandOffs {

    private final HandOffRepository handOffs;
    private final Clocks clocks;
    private final ServiceNorms norms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandOffs(HandOffRepository handOffs, Clocks clocks, ServiceNorms norms, ApplicationEventPublisher events, Clock clock) {
        this.handOffs = handOffs;
        this.clocks = clocks;
        this.norms = norms;
        this.events = events;
        this.clock = clock;
    }

    /** Records the hand-off and starts its acceptance clock; returns the variables the model needs. */
    @Transactional
    public Map<String, Object> requested(long processInstanceKey, UUID caseId, String municipality, String role,
                                         String reason) {
        HandOff handOff = handOffs.findByProcessInstanceKey(processInstanceKey).orElseGet(() -> {
            CaseClock acceptance = clocks.start(caseId, municipality, ClockKind.HANDOFF_ACCEPTANCE, role,
                    norms.handoffAcceptanceWorkingDays(role));
            HandOff created = handOffs.save(new HandOff(caseId, processInstanceKey, Role.FIRST_LINE.roleName(), role,
                    reason, clock.instant(), acceptance.getDueAt()));
            events.publishEvent(new HandOffEvents.Requested(caseId, role, reason));
            return created;
        });
        return Map.of("handoffId", handOff.getId().toString(), "acceptanceDue", handOff.getAcceptanceDue().toString());
    }

    @Transactional
    public void accepted(long processInstanceKey, String by) {
        HandOff handOff = byProcess(processInstanceKey);
        if (handOff.accept(by, clock.instant())) {
            clocks.stop(handOff.getCaseId(), ClockKind.HANDOFF_ACCEPTANCE, handOff.getToRole());
            events.publishEvent(new HandOffEvents.Accepted(handOff.getCaseId(), handOff.getToRole(), by));
        }
    }

    @Transactional
    public void escalated(long processInstanceKey) {
        HandOff handOff = byProcess(processInstanceKey);
        if (handOff.escalate(clock.instant())) {
            events.publishEvent(new HandOffEvents.Escalated(handOff.getCaseId(), handOff.getToRole()));
        }
    }

    /**
     * The function sends the hand-off back to first-line with its reason; its acceptance clock stops. Returns the
     * result for the case ({@code handoffResult}, marked as sent back) and {@code handoffSentBack}.
     */
    @Transactional
    public Map<String, Object> sentBack(long processInstanceKey, String by, String reason) {
        HandOff handOff = byProcess(processInstanceKey);
        if (handOff.sendBack(by, reason, clock.instant())) {
            clocks.stop(handOff.getCaseId(), ClockKind.HANDOFF_ACCEPTANCE, handOff.getToRole());
            events.publishEvent(new HandOffEvents.SentBack(handOff.getCaseId(), handOff.getToRole(), by, reason));
        }
        Map<String, Object> result = new HashMap<>();
        result.put("role", handOff.getToRole());
        result.put("sentBack", true);
        result.put("reason", handOff.getSendBackReason());
        return Map.of("handoffResult", result, "handoffSentBack", true);
    }

    /** Records the function's result and returns it for the case ({@code handoffResult}). */
    @Transactional
    public Map<String, Object> completed(long processInstanceKey, String by, String summary, String nextSteps,
                                         String followUp) {
        HandOff handOff = byProcess(processInstanceKey);
        if (handOff.complete(by, summary, nextSteps, followUp, clock.instant())) {
            events.publishEvent(new HandOffEvents.Completed(handOff.getCaseId(), handOff.getToRole(), by, followUp));
        }
        Map<String, Object> result = new HashMap<>();
        result.put("role", handOff.getToRole());
        result.put("summary", handOff.getSummary());
        result.put("nextSteps", handOff.getNextSteps());
        result.put("followUp", handOff.getFollowUp());
        return Map.of("handoffResult", result);
    }

    @Transactional(readOnly = true)
    public List<HandOff> ofCase(UUID caseId) {
        return handOffs.findByCaseIdOrderByRequestedAt(caseId);
    }

    private HandOff byProcess(long processInstanceKey) {
        return handOffs.findByProcessInstanceKey(processInstanceKey)
                .orElseThrow(() -> new IllegalStateException("No hand-off for process instance " + processInstanceKey));
    }
}
