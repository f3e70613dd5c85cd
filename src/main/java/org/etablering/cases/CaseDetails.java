package org.etablering.cases;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.clock.ClockView;
import org.etablering.clock.Clocks;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.task.OpenTask;
import org.etablering.task.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a case's register entry together with its links, its open tasks and its next deadline. */
@Service
public class CaseDetails {

    private final CaseRegister register;
    private final TaskService tasks;
    private final Clocks clocks;

    CaseDetails(CaseRegister register, TaskService tasks, Clocks clocks) {
        this.register = register;
        this.tasks = tasks;
        this.clocks = clocks;
    }

    /**
     * The case with its links, open tasks and next deadline, as this user may see it. Reading a
     * confidential case is audited.
     */
    @Transactional
    @CaseReaders
    public CaseDetail of(UUID id, CurrentUser user) {
        Case theCase = register.read(Case.class, id, user, AuditAction.CASE_READ);
        boolean company = user.isApplicant();
        CaseDetail.Related parent = theCase.getParentId() == null ? null : register.findOptional(theCase.getParentId())
                .filter(found -> register.canSee(found, user)).map(CaseDetail.Related::of).orElse(null);
        List<CaseDetail.Related> children = register.children(id).stream().filter(child -> register.canSee(child, user))
                .map(CaseDetail.Related::of).toList();
        List<OpenTask> open = tasks.openTaskSummaries(id).stream()
                .map(task -> company ? task.withoutAssignee() : task)
                .toList();
        ClockView next = Clocks.nextDeadline(clocks.of(id, theCase.getMunicipality())).orElse(null);
        return new CaseDetail(theCase.getId(), theCase.getKind(), theCase.getCaseNumber(), theCase.getMunicipality(),
                theCase.getCountry(), theCase.getCompanyName(), theCase.getOrgNumber(),
                new CaseDetail.Contact(theCase.getContactName(), theCase.getContactEmail(), theCase.getContactPhone()),
                theCase.getDescription(), theCase.getStatusName(), company ? null : theCase.getOwner(),
                company ? Set.of() : Set.copyOf(theCase.getFunctions()), theCase.isConfidential(),
                company ? null : theCase.getOpenedBy(), theCase.getOpenedAt(), theCase.getUpdatedAt(),
                theCase.getClosedAt(), theCase.getOutcomeName(), theCase.getKind().resourcePath(id), parent, children,
                open, next);
    }

}
