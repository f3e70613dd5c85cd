package org.etablering.handoff;

import java.util.List;
import java.util.Map;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.task.Task;
import org.etablering.task.TaskCompletionGuard;
import org.springframework.stereotype.Component;

/**
 * A function answers a hand-off in one of two ways: it takes it, or it sends it back to first-line with the reason.
 * Neither, or both, is refused before the engine hears of it.
 */
@Component
class HandOffAnswerGuard implements TaskCompletionGuard {

    static final String FORM = "accept-handoff";

    @Override
    public void check(Task task, Map<String, Object> data, CurrentUser user) {
        if (!FORM.equals(task.getFormKey())) {
            return;
        }
        boolean accepted = Boolean.TRUE.equals(data.get("acceptHandOff"));
        Object reason = data.get("sendBackReason");
        boolean sentBack = reason instanceof String text && !text.isBlank();
        if (!accepted && !sentBack) {
            throw new InvalidInputException("handoff-answer-missing",
                    List.of(new FieldProblem("acceptHandOff", "must be ticked, or a reason to send it back given",
                            "handoff-answer", null)));
        }
        if (accepted && sentBack) {
            throw new InvalidInputException("handoff-answer-both",
                    List.of(new FieldProblem("sendBackReason", "must be empty when the hand-off is accepted",
                            "handoff-both", null)));
        }
    }
}
