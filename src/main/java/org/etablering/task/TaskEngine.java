package org.etablering.task;

import java.util.List;
import java.util.Map;

/** What the task inbox needs from the process engine. */
public interface TaskEngine {

    enum Outcome { COMPLETED, JOB_GONE }

    /** Completes the task's job with the form data; {@link Outcome#JOB_GONE} if the process no longer waits for it. */
    Outcome completeJob(long jobKey, Map<String, Object> variables);

    /** Whether the engine still waits for the job; also keeps the job locked to this inbox. */
    boolean stillWaiting(long jobKey);

    /**
     * Starts the process anew directly at the given elements with the given variables (for processes the engine
     * lost); returns the new process instance's key.
     */
    long restartAt(String processId, List<String> elementIds, Map<String, Object> variables);
}
