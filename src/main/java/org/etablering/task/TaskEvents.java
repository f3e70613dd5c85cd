package org.etablering.task;

import java.util.Set;
import java.util.UUID;

/** What the task inbox tells other features, within the transaction that made it happen. */
public final class TaskEvents {

    private TaskEvents() {
    }

    /** A case got a task for these candidate groups, i.e. it was handed to those functions. */
    public record TaskFiled(UUID caseId, Set<String> candidateGroups) {
    }

    /** Someone took a task, by claiming it or by a manager's reassignment. */
    public record TaskTaken(UUID caseId, Set<String> candidateGroups, String assignee) {
    }
}
