package org.etablering.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.etablering.cases.CaseRegister;
import org.etablering.identity.AdminsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.task.TaskRecovery;
import org.etablering.workflow.EngineState;
import org.springframework.stereotype.Service;

/**
 * For administrators: whether the engine still holds the processes of the open cases and, when it lost them,
 * which cases are affected and restarting them.
 */
@Service
public class EngineRecovery {

    private static final int LISTED = 1000;

    /**
     * The engine's state: when it was found to have lost its state (null while it holds it), the tasks whose
     * processes were lost, and the open cases without any open task (waiting for the company or a deadline),
     * which a lost engine also no longer watches and which must be restarted by hand.
     */
    public record EngineReport(Instant lostSince, List<TaskRecovery.LostTask> lostTasks,
                               List<CaseRegister.OpenCase> openCasesWithoutTask) {
    }

    private final EngineState engine;
    private final TaskRecovery tasks;
    private final CaseRegister register;

    EngineRecovery(EngineState engine, TaskRecovery tasks, CaseRegister register) {
        this.engine = engine;
        this.tasks = tasks;
        this.register = register;
    }

    @AdminsOnly
    public EngineReport report() {
        Instant lostSince = engine.lostSince().orElse(null);
        if (lostSince == null) {
            return new EngineReport(null, tasks.lostTasks(), List.of());
        }
        Set<UUID> withTasks = tasks.casesWithOpenTasks();
        List<CaseRegister.OpenCase> waiting = register.openCases(LISTED).stream()
                .filter(open -> !withTasks.contains(open.id()))
                .toList();
        return new EngineReport(lostSince, tasks.lostTasks(), waiting);
    }

    @AdminsOnly
    public TaskRecovery.RestartReport restart(CurrentUser admin) {
        return tasks.restartLostProcesses(admin);
    }
}
