package org.etablering.task.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.etablering.task.TaskState;

/** A task in the inbox; {@code form} (the form-js schema) is included only when one task is fetched. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(
        UUID id,
        String name,
        String processId,
        String elementId,
        UUID caseId,
        String caseNumber,
        Set<String> candidateGroups,
        String assignee,
        TaskState state,
        Instant dueAt,
        Instant followUpAt,
        Instant createdAt,
        Instant completedAt,
        String completedBy,
        String formKey,
        JsonNode form) {
}
