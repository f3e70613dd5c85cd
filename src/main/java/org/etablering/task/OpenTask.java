package org.etablering.task;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An open task of a case, as a case view shows it. */
public record OpenTask(UUID id, String name, Set<String> candidateGroups, String assignee, Instant dueAt) {

    /** The same task without who holds it, for the company's eyes. */
    public OpenTask withoutAssignee() {
        return new OpenTask(id, name, candidateGroups, null, dueAt);
    }
}
