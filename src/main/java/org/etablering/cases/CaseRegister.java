package org.etablering.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditEvent;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.persistence.CaseRepository;
import org.etablering.clock.Clocks;
import org.etablering.identity.AdminsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ManagersOnly;
import org.etablering.problem.NotFoundException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's case register: the one way a case of any kind is opened (a number from the
 * register's series, its header, the first timeline entry, the audit entry and the message that starts
 * its process, all in one transaction) and closed (with an outcome), and who may see which case.
 */
@Service
public class CaseRegister {

    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final Clocks clocks;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final Clock clock;

    CaseRegister(CaseRepository cases, CaseTimeline timeline, Clocks clocks, WorkflowMessages workflow,
                 AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.clocks = clocks;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the company's withdrawal on the case's timeline, in the transaction that tells the process; a second
     * withdrawal while the first is on its way is refused (409), so the company sees at once that it was received.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void receiveWithdrawal(Case theCase, CurrentUser applicant, String reason) {
        if (timeline.has(theCase.getId(), CaseEventKind.WITHDRAWAL_RECEIVED)) {
            audit.refused(applicant, AuditAction.CASE_CLOSED, theCase.getId(), "withdrawn already");
            throw new org.etablering.problem.ConflictException("The case is being withdrawn already.");
        }
        timeline.record(theCase.getId(), CaseEventKind.WITHDRAWAL_RECEIVED, org.etablering.identity.Role.APPLICANT.roleName(),
                applicant.username(), reason == null || reason.isBlank() ? null : reason.strip());
    }

    /** Whether the company has withdrawn the case (it may still be closing). */
    @Transactional(readOnly = true)
    public boolean withdrawalReceived(UUID caseId) {
        return timeline.has(caseId, CaseEventKind.WITHDRAWAL_RECEIVED);
    }

    /**
     * Who opens a case and how its process starts. {@code by} is the person who asked (null when the
     * process opened it, e.g. from a hand-off), {@code role} the function the first timeline entry
     * belongs to.
     */
    public record Opening(CurrentUser by, String role, AuditAction action, String auditDetail, String startMessage) {
    }

    /**
     * Numbers and registers a new case and queues the message that starts its process. The kind may do
     * its own first work (start a clock, say) in {@code startVariables}, after the case is stored and
     * before the message is written; what it returns goes to the process with the case's id and number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <C extends Case> C open(C newCase, Opening opening, Function<C, Map<String, Object>> startVariables) {
        Instant now = clock.instant();
        int year = Year.from(now.atZone(clock.getZone())).getValue();
        newCase.register("%s-%d-%06d".formatted(newCase.kind().prefix(), year, cases.nextNumber()), now);
        cases.saveAndFlush(newCase);
        timeline.record(newCase.getId(), CaseEventKind.RECEIVED, opening.role(),
                opening.by() == null ? null : opening.by().username(), newCase.getCaseNumber());
        if (opening.by() != null) {
            audit.allowed(opening.by(), opening.action(), newCase.getId(),
                    opening.auditDetail() == null ? newCase.getCaseNumber() : opening.auditDetail());
        } else {
            audit.byProcess(opening.action(), newCase.getId(), opening.auditDetail());
        }
        Map<String, Object> variables = new HashMap<>(startVariables.apply(newCase));
        variables.put("caseId", newCase.getId().toString());
        variables.put("caseNumber", newCase.getCaseNumber());
        variables.put("municipality", newCase.getMunicipality());
        workflow.publish(opening.startMessage(), newCase.getId().toString(), variables);
        return newCase;
    }

    /**
     * Closes the case with its outcome: its clocks stop, the timeline and the audit trail say so. Closing
     * a closed case changes nothing and returns false.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean close(Case theCase, String outcome, String role, CurrentUser by) {
        if (!theCase.close(outcome, clock.instant())) {
            return false;
        }
        clocks.stopAll(theCase.getId());
        timeline.record(theCase.getId(), CaseEventKind.CLOSED, role, by == null ? null : by.username(), outcome);
        if (by == null) {
            audit.byProcess(AuditAction.CASE_CLOSED, theCase.getId(), outcome);
        } else {
            audit.allowed(by, AuditAction.CASE_CLOSED, theCase.getId(), outcome);
        }
        return true;
    }

    /** A new case's header taken from the case it is started from: same company, contact and confidentiality. */
    @Transactional(readOnly = true)
    public CaseHeader childHeader(UUID parentId, String description, String function) {
        Case parent = find(parentId);
        java.util.Set<String> functions = new java.util.TreeSet<>(parent.getFunctions());
        functions.add(function);
        return new CaseHeader(parent.getMunicipality(), parent.getCountry(), parent.getCompanyName(),
                parent.getOrgNumber(), parent.getContactName(), parent.getContactEmail(), parent.getContactPhone(),
                description, parent.isConfidential(), functions, parent.getOpenedBy(), parent.getId());
    }

    /**
     * The case, if this user may see it; otherwise 404, so that nobody learns that another company's case
     * exists. The refusal is audited.
     */
    @Transactional
    public Case visible(UUID id, CurrentUser user, AuditAction attempted) {
        return visible(Case.class, id, user, attempted);
    }

    /**
     * A read of the case: as {@link #visible(Class, UUID, CurrentUser, AuditAction)}, and a confidential
     * case's reading is audited too (who read what of it, when).
     */
    @Transactional
    public <C extends Case> C read(Class<C> kind, UUID id, CurrentUser user, AuditAction reading) {
        C theCase = visible(kind, id, user, reading);
        if (theCase.isConfidential()) {
            audit.allowed(user, reading, id, null);
        }
        return theCase;
    }

    /** As {@link #visible(UUID, CurrentUser, AuditAction)}, for a case that must be of this kind. */
    @Transactional
    public <C extends Case> C visible(Class<C> kind, UUID id, CurrentUser user, AuditAction attempted) {
        Optional<C> found = cases.findById(id).filter(kind::isInstance).map(kind::cast);
        if (found.isPresent() && canSee(found.get(), user)) {
            return found.get();
        }
        audit.refused(user, attempted, found.map(Case::getId).orElse(null),
                found.isPresent() ? "not visible to the caller" : "no " + kind.getSimpleName().toLowerCase() + " " + id);
        throw new NotFoundException("case-not-found");
    }

    /** Whether the user may see the case, with the case it was started from where that matters. */
    @Transactional(readOnly = true)
    public boolean canSee(Case theCase, CurrentUser user) {
        Case parent = theCase.getParentId() != null && theCase.isConfidential() && theCase.getOwner() == null
                ? cases.findById(theCase.getParentId()).orElse(null) : null;
        return CaseAccess.canSee(theCase, parent, user);
    }

    /** Whether the user may see the case, without recording a read (for what a page shows beside the case). */
    @Transactional(readOnly = true)
    public boolean canSee(UUID id, CurrentUser user) {
        return cases.findById(id).map(found -> canSee(found, user)).orElse(false);
    }

    /** The cases started from this one, oldest first. */
    @Transactional(readOnly = true)
    public List<Case> children(UUID parentId) {
        return cases.findByParentIdOrderByOpenedAtAsc(parentId);
    }

    /** The case's audit trail, for managers of its municipality; reading it is itself audited. */
    @Transactional
    @ManagersOnly
    public List<AuditEvent> auditOf(UUID id, CurrentUser manager) {
        visible(id, manager, AuditAction.AUDIT_READ);
        audit.allowed(manager, AuditAction.AUDIT_READ, id, null);
        return audit.ofCase(id);
    }

    /** An open case in brief, for administrators. */
    public record OpenCase(UUID id, String caseNumber, CaseKind kind, String status, String municipality,
                           Instant openedAt) {
    }

    /** Open cases, oldest first, at most {@code limit} of them. */
    @Transactional(readOnly = true)
    @AdminsOnly
    public List<OpenCase> openCases(int limit) {
        return cases.findByClosedAtIsNullOrderByOpenedAtAsc(org.springframework.data.domain.PageRequest.of(0, limit))
                .stream().map(open -> new OpenCase(open.getId(), open.getCaseNumber(), open.getKind(),
                        open.getStatusName(), open.getMunicipality(), open.getOpenedAt()))
                .toList();
    }

    /** The kind of a case, e.g. to know which page shows it. */
    @Transactional(readOnly = true)
    public CaseKind kindOf(UUID id) {
        return find(id).getKind();
    }

    /**
     * Who to write to about a case and what may be said: the company's contact (or, when the company gave none, the
     * person who opened it), the official who owns it, and whether it is confidential.
     */
    public record CaseContact(UUID id, String caseNumber, CaseKind kind, String municipality, String companyName,
                              String contactName, String contactEmail, String openedBy, String owner,
                              boolean confidential, boolean closed) {
    }

    /** The case's contact facts, for the system's own letters (not for a person's request). */
    @Transactional(readOnly = true)
    public Optional<CaseContact> contactOf(UUID id) {
        return cases.findById(id).map(found -> new CaseContact(found.getId(), found.getCaseNumber(), found.getKind(),
                found.getMunicipality(), found.getCompanyName(), found.getContactName(), found.getContactEmail(),
                found.getOpenedBy(), found.getOwner(), found.isConfidential(), found.isClosed()));
    }

    Optional<Case> findOptional(UUID id) {
        return cases.findById(id);
    }

    Case find(UUID id) {
        return cases.findById(id).orElseThrow(() -> new NotFoundException("case-not-found"));
    }
}
