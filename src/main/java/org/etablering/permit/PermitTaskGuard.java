package org.etablering.permit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.task.Task;
import org.etablering.task.TaskCompletionGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permit rules that a task's form cannot express: the second review is made by someone other than
 * the case officer, and a decision to reject is refused unless every "yes before no" step is on record.
 */
@Component
class PermitTaskGuard implements TaskCompletionGuard {

    static final String SECOND_REVIEW_FORM = "permit-second-review";
    static final String DECISION_FORM = "permit-decision";

    private final PermitRepository permits;
    private final PermitRecords records;
    private final Clock clock;

    PermitTaskGuard(PermitRepository permits, PermitRecords records, Clock clock) {
        this.permits = permits;
        this.records = records;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(Task task, Map<String, Object> data, CurrentUser user) {
        if (!SECOND_REVIEW_FORM.equals(task.getFormKey()) && !DECISION_FORM.equals(task.getFormKey())) {
            return; // the other tasks' forms say all there is to check
        }
        Permit permit = permits.findById(task.getCaseId()).orElseThrow();
        if (SECOND_REVIEW_FORM.equals(task.getFormKey()) && user.username().equals(permit.getOfficer())) {
            throw new ConflictException("four-eyes");
        }
        if (DECISION_FORM.equals(task.getFormKey())) {
            Object outcome = data.get("decisionOutcome");
            if (DecisionOutcome.REJECTED.name().equals(outcome)) {
                List<org.etablering.problem.Refusal.Reason> missing = records.missingForRejection(permit, clock.instant());
                if (!missing.isEmpty()) {
                    throw new ConflictException("rejection-not-allowed", missing);
                }
            }
            Object conditions = data.get("conditions");
            if (DecisionOutcome.APPROVED_WITH_CONDITIONS.name().equals(outcome)
                    && (conditions == null || conditions.toString().isBlank())) {
                throw new InvalidInputException("conditions-missing",
                        List.of(new FieldProblem("conditions", "must not be blank")));
            }
        }
    }
}
