package org.etablering.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A user task as the engine hands it out. */
public record NewTask(
        long jobKey,
        long processInstanceKey,
        String processId,
        String elementId,
        String name,
        String formKey,
        List<String> candidateGroups,
        String assignee,
        Instant dueAt,
        Instant followUpAt,
        UUID caseId,
        String caseNumber,
        String municipality,
        Map<String, Object> processVariables) {
}
