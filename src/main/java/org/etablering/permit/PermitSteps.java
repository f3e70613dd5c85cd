package org.etablering.permit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Moves a permit from step to step, closing the time of the step it leaves. */
@Component
class PermitSteps {

    private final PermitStepRepository steps;
    private final AuditTrail audit;
    private final Clock clock;

    PermitSteps(PermitStepRepository steps, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters the step; nothing happens if the permit is already there (a step delivered again). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enter(Permit permit, PermitStatus step, String detail) {
        List<PermitStep> history = steps.findByPermitIdOrderByEnteredAt(permit.getId());
        boolean first = history.isEmpty();
        if (!first && !permit.moveTo(step, clock.instant())) {
            return false;
        }
        history.forEach(earlier -> earlier.left(clock.instant()));
        steps.save(new PermitStep(permit.getId(), step, clock.instant(), detail));
        if (step == PermitStatus.DECIDED || step == PermitStatus.WITHDRAWN) {
            steps.findByPermitIdOrderByEnteredAt(permit.getId()).forEach(done -> done.left(clock.instant()));
        }
        audit.byProcess(AuditAction.PERMIT_STEP, permit.getId(), step.name());
        return true;
    }

    @Transactional(readOnly = true)
    List<PermitStep> of(UUID permitId) {
        return steps.findByPermitIdOrderByEnteredAt(permitId);
    }
}
