package org.etablering.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.workflow.ProcessModels;
import org.springframework.stereotype.Component;

/**
 * Receives user tasks from the engine as jobs and files them in the inbox. The job stays activated
 * (not completed) until a person completes the task; a job handed out again is recognised by its key.
 */
@Component
public class UserTaskWorker {

    static final String JOB_TYPE = "io.camunda.zeebe:userTask";
    /** How long a user-task job stays locked to the inbox; the reconciler renews it long before it lapses. */
    static final java.time.Duration LOCK = java.time.Duration.ofDays(30);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final TaskService tasks;
    private final ProcessModels models;
    private final ObjectMapper json;

    UserTaskWorker(TaskService tasks, ProcessModels models, ObjectMapper json) {
        this.tasks = tasks;
        this.models = models;
        this.json = json;
    }

    // 30 days: far longer than any task waits in practice; if it ever lapses the job is simply handed out again
    @JobWorker(type = JOB_TYPE, autoComplete = false, timeout = 2_592_000_000L,
            fetchVariables = {"caseId", "inquiryId", "permitId", "landRequestId", "caseNumber", "municipality"})
    public void onUserTask(ActivatedJob job) throws Exception {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        String groups = headers.get("io.camunda.zeebe:candidateGroups");
        tasks.record(new NewTask(
                job.getKey(),
                job.getProcessInstanceKey(),
                job.getBpmnProcessId(),
                job.getElementId(),
                models.elementName(job.getBpmnProcessId(), job.getElementId()),
                headers.get("io.camunda.zeebe:formKey"),
                groups == null ? List.of() : json.readValue(groups, STRINGS),
                headers.get("io.camunda.zeebe:assignee"),
                instant(headers.get("io.camunda.zeebe:dueDate")),
                instant(headers.get("io.camunda.zeebe:followUpDate")),
                caseOf(variables),
                (String) variables.get("caseNumber"),
                (String) variables.get("municipality")));
    }

    /**
     * The case the task belongs to. Every process started by the register knows it as {@code caseId};
     * processes started before the register existed name it by its kind.
     */
    static UUID caseOf(Map<String, Object> variables) {
        for (String name : List.of("caseId", "permitId", "landRequestId", "inquiryId")) {
            if (variables.get(name) != null) {
                return uuid(variables.get(name));
            }
        }
        throw new IllegalStateException("A user task must belong to a case, but its process names none");
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

    /** The engine writes dates as ISO zoned date-times, e.g. {@code 2026-11-30T04:49:37.434Z[Etc/UTC]}. */
    static Instant instant(String header) {
        return header == null || header.isBlank() ? null : ZonedDateTime.parse(header).toInstant();
    }
}
