package org.etablering.inquiry;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.task.Task;
import org.etablering.task.TaskCompletionGuard;
import org.springframework.stereotype.Component;

/**
 * At triage first-line may add functions to the routing table's proposal or remove some; a change needs a reason,
 * which is recorded with the triage and given to an added function with its hand-off. A function cannot be both.
 */
@Component
class TriageRoutingGuard implements TaskCompletionGuard {

    static final String FORM = "triage";

    @Override
    public void check(Task task, Map<String, Object> data, CurrentUser user) {
        if (!FORM.equals(task.getFormKey()) || !"yes".equals(data.get("inquiryComplete"))) {
            return;
        }
        Set<Object> added = values(data.get("routingAdd"));
        Set<Object> removed = values(data.get("routingRemove"));
        Set<Object> both = new HashSet<>(added);
        both.retainAll(removed);
        if (!both.isEmpty()) {
            throw new InvalidInputException("routing-both",
                    List.of(new FieldProblem("routingRemove", "names a function that is also added", "routing-both", null)));
        }
        Object reason = data.get("routingReason");
        boolean explained = reason instanceof String text && !text.isBlank();
        if ((!added.isEmpty() || !removed.isEmpty()) && !explained) {
            throw new InvalidInputException("routing-reason-missing",
                    List.of(new FieldProblem("routingReason", "is needed when functions are added or removed",
                            "routing-reason", null)));
        }
    }

    private static Set<Object> values(Object list) {
        return list instanceof Collection<?> chosen ? new HashSet<>(chosen) : Set.of();
    }
}
