package org.etablering.task;

import java.util.Map;
import org.etablering.identity.CurrentUser;

/**
 * A rule of a case that a task's completion must obey beyond its form, e.g. four eyes on a rejection.
 * Checked before the engine hears of the completion, so a refusal leaves the task open and the process
 * where it was.
 */
public interface TaskCompletionGuard {

    /** Throws a problem (conflict, invalid input) when this user may not complete the task with this data. */
    void check(Task task, Map<String, Object> data, CurrentUser user);
}
