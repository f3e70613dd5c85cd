package org.etablering.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.AdminsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.task.persistence.TaskRepository;
import org.etablering.workflow.EngineState;
import org.etablering.workflow.ProcessModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After the engine lost its state: which tasks lost their process, and restarting those processes at the step
 * their open tasks had reached, with the variables the process had when it handed the task out. The old task is
 * closed and the restarted process hands out a new one, which the inbox files as usual.
 */
@Service
public class TaskRecovery {

    private static final Logger log = LoggerFactory.getLogger(TaskRecovery.class);

    /** An open task whose process the engine lost. */
    public record LostTask(UUID taskId, UUID caseId, String caseNumber, String municipality, String processId,
                           String elementId, String name, String assignee, Instant lostAt, boolean restartable) {
    }

    /** What a restart did: processes started anew, and tasks that need a person (called processes). */
    public record RestartReport(int processesRestarted, List<LostTask> restarted, List<LostTask> notRestartable,
                                List<String> failures) {
    }

    private final TaskRepository tasks;
    private final TaskEngine engine;
    private final EngineState engineState;
    private final ProcessModels models;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    TaskRecovery(TaskRepository tasks, TaskEngine engine, EngineState engineState, ProcessModels models,
                 TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.tasks = tasks;
        this.engine = engine;
        this.engineState = engineState;
        this.models = models;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminsOnly
    public List<LostTask> lostTasks() {
        return transaction.execute(status -> tasks.findByStateAndProcessLostAtIsNotNullOrderByCreatedAt(TaskState.OPEN)
                .stream().map(this::view).toList());
    }

    /** The cases that still have open tasks, lost or not. */
    @AdminsOnly
    public Set<UUID> casesWithOpenTasks() {
        return transaction.execute(status -> tasks.findCaseIdsWithOpenTasks());
    }

    /**
     * Restarts every lost process that runs on its own, once per lost process instance, before the elements of
     * its open tasks; then accepts the engine as it is now.
     */
    @AdminsOnly
    public RestartReport restartLostProcesses(CurrentUser admin) {
        List<Task> lost = transaction.execute(status ->
                tasks.findByStateAndProcessLostAtIsNotNullOrderByCreatedAt(TaskState.OPEN));
        Map<Long, List<Task>> byInstance = lost.stream()
                .filter(task -> !models.isCalledProcess(task.getProcessId()))
                .collect(Collectors.groupingBy(Task::getProcessInstanceKey, LinkedHashMap::new, Collectors.toList()));
        List<LostTask> restarted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (List<Task> instance : byInstance.values()) {
            Task first = instance.get(0);
            Map<String, Object> variables = new LinkedHashMap<>();
            instance.forEach(task -> {
                if (task.getProcessVariables() != null) {
                    variables.putAll(task.getProcessVariables());
                }
            });
            variables.putIfAbsent("caseId", first.getCaseId().toString());
            variables.putIfAbsent("caseNumber", first.getCaseNumber());
            variables.putIfAbsent("municipality", first.getMunicipality());
            List<String> elements = instance.stream().map(Task::getElementId).distinct().toList();
            try {
                long key = engine.restartAt(first.getProcessId(), elements, variables);
                transaction.executeWithoutResult(status -> {
                    instance.forEach(task -> tasks.findById(task.getId())
                            .ifPresent(current -> current.cancelled(clock.instant())));
                    audit.allowed(admin, AuditAction.PROCESS_RESTARTED, first.getCaseId(), first.getProcessId()
                            + " at " + String.join(", ", elements) + " as process instance " + key);
                });
                instance.forEach(task -> restarted.add(view(task)));
            } catch (RuntimeException e) {
                log.warn("Could not restart {} for case {}: {}", first.getProcessId(), first.getCaseNumber(),
                        e.getMessage());
                failures.add(first.getCaseNumber() + ": " + e.getMessage());
            }
        }
        if (failures.isEmpty()) {
            engineState.acceptCurrentEngine();
        }
        List<LostTask> notRestartable = lost.stream().filter(task -> models.isCalledProcess(task.getProcessId()))
                .map(this::view).toList();
        return new RestartReport(byInstance.size() - failures.size(), restarted, notRestartable, failures);
    }

    private LostTask view(Task task) {
        return new LostTask(task.getId(), task.getCaseId(), task.getCaseNumber(), task.getMunicipality(),
                task.getProcessId(), task.getElementId(), task.getName(), task.getAssignee(), task.getProcessLostAt(),
                !models.isCalledProcess(task.getProcessId()));
    }
}
