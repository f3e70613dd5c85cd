package org.etablering.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.workflow.ProcessModels;
import org.etablering.workflow.WorkerFailures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Receives user tasks from the engine as jobs and files them in the inbox. The job stays activated (not
 * completed) until a person completes the task; a job handed out again is recognised by its key.
 *
 * <p>A job is locked to the inbox for {@code etablering.tasks.job-lock} (minutes), and {@link TaskReconciler}
 * renews the lock while the task is open. So if this process dies between receiving a job and filing it, the
 * engine hands the job out again when the lock runs out, and it is filed then — no task is lost for long.
 */
@Component
class UserTaskWorker implements SmartLifecycle {

    static final String JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final CamundaClient camunda;
    private final TaskService tasks;
    private final ProcessModels models;
    private final WorkerFailures failures;
    private final ObjectMapper json;
    private final Duration lock;
    private volatile JobWorker worker;

    UserTaskWorker(CamundaClient camunda, TaskService tasks, ProcessModels models, WorkerFailures failures,
                   ObjectMapper json, @Value("${etablering.tasks.job-lock:PT10M}") Duration lock) {
        this.camunda = camunda;
        this.tasks = tasks;
        this.models = models;
        this.failures = failures;
        this.json = json;
        this.lock = lock;
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            // every variable: they are kept with the task, to restart the process at this step if need be
            worker = camunda.newWorker().jobType(JOB_TYPE).handler(this::handle).timeout(lock)
                    .name("etablering-inbox").open();
        }
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void handle(JobClient client, ActivatedJob job) {
        try {
            file(job);
        } catch (Exception e) {
            failures.fail(client, job, e);
        }
    }

    void file(ActivatedJob job) throws Exception {
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
                (String) variables.get("municipality"),
                variables));
    }

    /**
     * The case the task belongs to. Every process started by the register knows it as {@code caseId};
     * processes started before the register existed name it by its kind.
     */
    static UUID caseOf(Map<String, Object> variables) {
        for (String name : List.of("caseId", "permitId", "landRequestId", "inquiryId")) {
            if (variables.get(name) != null) {
                return UUID.fromString(variables.get(name).toString());
            }
        }
        throw new IllegalStateException("A user task must belong to a case, but its process names none");
    }

    /** The engine writes dates as ISO zoned date-times, e.g. {@code 2026-11-30T04:49:37.434Z[Etc/UTC]}. */
    static Instant instant(String header) {
        return header == null || header.isBlank() ? null : ZonedDateTime.parse(header).toInstant();
    }
}
