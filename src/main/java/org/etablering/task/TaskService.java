package org.etablering.task;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.form.FormCatalog;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.task.persistence.TaskRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox. A task is visible only to users of its municipality whose roles match one of its
 * candidate groups; anyone else gets 404, as if it did not exist.
 */
@Service
public class TaskService {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final int PAGE_LIMIT = 200;

    private final TaskRepository tasks;
    private final TaskEngine engine;
    private final FormCatalog forms;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskEngine engine, FormCatalog forms, TransactionTemplate transaction, Clock clock) {
        this.tasks = tasks;
        this.engine = engine;
        this.forms = forms;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Files a task handed out by the engine; a job handed out again is already filed and changes nothing. */
    public void record(NewTask job) {
        try {
            transaction.executeWithoutResult(status -> {
                if (!tasks.existsByJobKey(job.jobKey())) {
                    tasks.saveAndFlush(new Task(job, clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException raceWithAnotherDelivery) {
            log.debug("Task for job {} was filed concurrently", job.jobKey());
        }
    }

    public List<Task> openTasksFor(CurrentUser user) {
        return transaction.execute(status -> tasks.findForGroups(user.municipality(), TaskState.OPEN,
                user.candidateGroups(), PageRequest.of(0, PAGE_LIMIT)));
    }

    public Task get(UUID id, CurrentUser user) {
        return transaction.execute(status -> visible(id, user));
    }

    public Task claim(UUID id, CurrentUser user) {
        return transaction.execute(status -> {
            Task task = visible(id, user);
            task.claim(user.username(), clock.instant());
            return task;
        });
    }

    public Task unclaim(UUID id, CurrentUser user) {
        return transaction.execute(status -> {
            Task task = visible(id, user);
            task.unclaim(user.username());
            return task;
        });
    }

    /**
     * Checks the data against the task's form, completes the engine job with it and records who did it.
     * Invalid data leaves both the task and the engine untouched.
     */
    public Task complete(UUID id, Map<String, Object> data, CurrentUser user) {
        Task task = transaction.execute(status -> {
            Task found = visible(id, user);
            found.requireCompletableBy(user.username());
            return found;
        });
        List<FieldProblem> problems = forms.validate(task.getFormKey(), data);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The form data is not valid.", problems);
        }
        TaskEngine.Outcome outcome = engine.completeJob(task.getJobKey(), data);
        Task updated = transaction.execute(status -> {
            Task current = tasks.findById(id).orElseThrow();
            if (current.getState() != TaskState.OPEN) {
                return current;
            }
            if (outcome == TaskEngine.Outcome.JOB_GONE) {
                current.cancelled(clock.instant());
            } else {
                current.completed(user.username(), data, clock.instant());
            }
            return current;
        });
        if (outcome == TaskEngine.Outcome.JOB_GONE) {
            throw new ConflictException("The process no longer waits for this task, so it has been closed.");
        }
        return updated;
    }

    private Task visible(UUID id, CurrentUser user) {
        return tasks.findById(id)
                .filter(task -> task.isFor(user.candidateGroups(), user.municipality()))
                .orElseThrow(() -> new NotFoundException("No such task."));
    }
}
