package org.etablering.task;

import java.util.Map;
import org.etablering.identity.CurrentUser;

/**
 * Work a task's completion does in the case's own records before the engine hears of it, in its own
 * transaction, e.g. putting a hold on a parcel when a planner offers it. A refusal (conflict, invalid
 * input) leaves the task open. If the engine then does not take the completion, the work is undone.
 */
public interface TaskCompletionEffect {

    /** Does the work, or throws a problem; called after the form data and the guards have passed. */
    void apply(Task task, Map<String, Object> data, CurrentUser user);

    /** Undoes {@link #apply} for a completion the engine did not take; must be safe when nothing was done. */
    void undo(Task task, Map<String, Object> data);
}
