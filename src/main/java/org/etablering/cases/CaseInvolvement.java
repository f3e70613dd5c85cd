package org.etablering.cases;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.persistence.CaseRepository;
import org.etablering.identity.Role;
import org.etablering.task.TaskEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps track of who is involved in a case as its tasks are filed and taken: the functions it is
 * handed to, and its first-line owner. These decide who may see a confidential case.
 */
@Component
class CaseInvolvement {

    private static final String FIRST_LINE = Role.FIRST_LINE.roleName();

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final Clock clock;

    CaseInvolvement(CaseRepository cases, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onTaskFiled(TaskEvents.TaskFiled filed) {
        Set<String> functions = filed.candidateGroups().stream()
                .filter(group -> !group.equals(FIRST_LINE) && !group.equals(Role.MANAGER.roleName()))
                .collect(Collectors.toSet());
        if (!functions.isEmpty()) {
            cases.findById(filed.caseId()).ifPresent(theCase -> theCase.handedTo(functions));
        }
    }

    @EventListener
    void onTaskTaken(TaskEvents.TaskTaken taken) {
        if (!taken.candidateGroups().contains(FIRST_LINE)) {
            return;
        }
        cases.findById(taken.caseId()).ifPresent(theCase -> {
            if (theCase.assignOwner(taken.assignee(), clock.instant())) {
                audit.byProcess(AuditAction.INQUIRY_OWNER_SET, theCase.getId(), "owner: " + taken.assignee());
            }
        });
    }
}
