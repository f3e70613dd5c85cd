package org.etablering.inquiry;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record OpenTaskView(UUID id, String name, Set<String> candidateGroups, String assignee, Instant dueAt) {
}
