package org.etablering.task;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.clock.Clocks;
import org.etablering.form.FormCatalog;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ManagersOnly;
import org.etablering.identity.OfficialsOnly;
import org.etablering.identity.Role;
import org.etablering.paging.PageCursor;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.problem.ServiceUnavailableException;
import org.etablering.problem.UnprocessableException;
import org.etablering.task.persistence.TaskRepository;
import org.etablering.workflow.EngineAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox. A task is visible to users of its municipality whose roles match one of its
 * candidate groups, and to that municipality's managers, who supervise and reassign; anyone else gets
 * 404, as if it did not exist. Only someone in the candidate groups claims, only the assignee completes.
 */
@Service
public class TaskService {

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    /** The most tasks one page of the inbox holds; {@link #INBOX_PAGE} unless asked for more. */
    private static final int PAGE_LIMIT = 200;
    public static final int INBOX_PAGE = 50;
    static final String ACTED_BY = "actedBy";

    private final TaskRepository tasks;
    private final TaskQueues queues;
    private final TaskEngine engine;
    private final FormCatalog forms;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final List<TaskCompletionGuard> guards;
    private final List<TaskCompletionEffect> effects;
    private final CaseVisibility caseVisibility;
    private final EligibleAssignees eligible;
    private final Clocks caseClocks;
    private final Clock clock;

    TaskService(TaskRepository tasks, TaskEngine engine, FormCatalog forms, TransactionTemplate transaction,
                ApplicationEventPublisher events, AuditTrail audit, List<TaskCompletionGuard> guards,
                List<TaskCompletionEffect> effects, CaseVisibility caseVisibility, EligibleAssignees eligible,
                Clocks caseClocks, Clock clock, TaskQueues queues) {
        this.queues = queues;
        this.caseClocks = caseClocks;
        this.caseVisibility = caseVisibility;
        this.eligible = eligible;
        this.guards = List.copyOf(guards);
        this.effects = List.copyOf(effects);
        this.tasks = tasks;
        this.engine = engine;
        this.forms = forms;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Files a task handed out by the engine; a job handed out again is already filed and changes nothing. */
    public void record(NewTask job) {
        try {
            transaction.executeWithoutResult(status -> {
                if (!tasks.existsByJobKey(job.jobKey())) {
                    Task task = tasks.saveAndFlush(new Task(withDeadline(job), clock.instant()));
                    events.publishEvent(new TaskEvents.TaskFiled(task.getCaseId(), task.getCandidateGroups()));
                }
            });
        } catch (DataIntegrityViolationException raceWithAnotherDelivery) {
            log.debug("Task for job {} was filed concurrently", job.jobKey());
        }
    }

    /**
     * A task the model gives no due date takes the case's nearest running deadline (a permit's statutory period,
     * say), so that sorting by due date puts statutory work first.
     */
    private NewTask withDeadline(NewTask job) {
        if (job.dueAt() != null || job.municipality() == null) {
            return job;
        }
        return Clocks.nextDeadline(caseClocks.of(job.caseId(), job.municipality()))
                .map(org.etablering.clock.ClockView::dueAt)
                .map(due -> new NewTask(job.jobKey(), job.processInstanceKey(), job.processId(), job.elementId(),
                        job.name(), job.formKey(), job.candidateGroups(), job.assignee(), due, job.followUpAt(),
                        job.caseId(), job.caseNumber(), job.municipality(), job.processVariables()))
                .orElse(job);
    }

    /**
     * A page of the user's inbox: open tasks of their municipality and groups, filtered and ordered as asked, after
     * the row where the previous page ended ({@code after}, null for the first page). Pages are keyset pages and
     * nothing is counted: an inbox can hold many thousands of tasks.
     */
    @OfficialsOnly
    public TaskPage inbox(CurrentUser user, TaskQuery query, String after, int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (limit < 1 || limit > PAGE_LIMIT) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + PAGE_LIMIT));
        }
        PageCursor cursor = after == null || after.isBlank() ? null : PageCursor.tryParse(after);
        if (after != null && !after.isBlank() && (cursor == null || cursor.tie() == null)) {
            problems.add(new FieldProblem("after", "is not a position this inbox handed out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("inbox-invalid", problems);
        }
        List<Task> rows = transaction.execute(status -> {
            if (isQueuesInDueOrder(query)) {
                List<String> groups = query.candidateGroup() == null ? List.copyOf(user.candidateGroups())
                        : user.candidateGroups().contains(query.candidateGroup()) ? List.of(query.candidateGroup())
                        : List.of();
                List<UUID> ids = queues.inDueOrder(user.municipality(), groups, cursor, limit + 1);
                Map<UUID, Task> found = tasks.findAllById(ids).stream()
                        .collect(java.util.stream.Collectors.toMap(Task::getId, Function.identity()));
                return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
            }
            var wanted = TaskSpecifications.openFor(user.municipality(), user.candidateGroups(), user.username(), query);
            return tasks.findBy(cursor == null ? wanted : wanted.and(TaskSpecifications.after(query.sort(), cursor)),
                    found -> found.sortBy(TaskSpecifications.order(query.sort())).limit(limit + 1).all());
        });
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Task last = rows.get(limit - 1);
            next = new PageCursor(TaskSpecifications.keyOf(last, query.sort()), last.getCreatedAt(), last.getId()).encode();
        }
        java.util.Set<UUID> visible = caseVisibility.visibleAmong(rows.stream().map(Task::getCaseId)
                .collect(java.util.stream.Collectors.toSet()), user);
        return new TaskPage(rows.stream().filter(task -> visible.contains(task.getCaseId())).toList(), next);
    }

    /** The inbox as it opens: the user's queues in due order, nothing else asked. */
    private static boolean isQueuesInDueOrder(TaskQuery query) {
        return (query.sort() == null || query.sort() == TaskQuery.Sort.DUE)
                && (query.assignment() == null || query.assignment() == TaskQuery.Assignment.ANY)
                && query.dueBefore() == null && (query.caseNumber() == null || query.caseNumber().isBlank())
                && (query.text() == null || query.text().isBlank());
    }

    /**
     * The open tasks that reached the official's queues since {@code since}, newest first, as their inbox would show
     * them: for the daily digest, which runs without a signed-in user. The caller vouches for the official's roles
     * (read from the directory at the time of the digest).
     */
    public List<Task> newInQueuesOf(CurrentUser official, Instant since, int limit) {
        org.springframework.data.jpa.domain.Specification<Task> arrived = (root, query, builder) ->
                builder.greaterThan(root.get("createdAt"), since);
        List<Task> open = transaction.execute(status -> tasks.findBy(
                TaskSpecifications.openFor(official.municipality(), official.candidateGroups(), official.username(),
                        TaskQuery.all()).and(arrived),
                rows -> rows.sortBy(org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("createdAt"))).limit(limit).all()));
        java.util.Set<UUID> visible = caseVisibility.visibleAmong(open.stream().map(Task::getCaseId)
                .collect(java.util.stream.Collectors.toSet()), official);
        return open.stream().filter(task -> visible.contains(task.getCaseId())).toList();
    }

    /** A manager's view of every open task of the municipality, in any queue; see {@link #UNASSIGNED}. */
    @ManagersOnly
    public List<Task> allOpenTasks(CurrentUser manager, String function, String assignee, boolean overdue) {
        List<Task> open = transaction.execute(status -> tasks.findBy(
                TaskSpecifications.openInMunicipality(manager.municipality(), function, assignee,
                        overdue ? clock.instant() : null),
                rows -> rows.sortBy(TaskSpecifications.order(TaskQuery.Sort.DUE)).limit(PAGE_LIMIT).all()));
        java.util.Set<UUID> visible = caseVisibility.visibleAmong(open.stream().map(Task::getCaseId)
                .collect(java.util.stream.Collectors.toSet()), manager);
        return open.stream().filter(task -> visible.contains(task.getCaseId())).toList();
    }

    /**
     * A deadline of the case moved (a statutory period or a reservation extended): the open tasks
     * that were due by it are due by its new date. Runs in the caller's transaction, which changed the deadline.
     */
    @org.springframework.transaction.annotation.Transactional(
            propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void deadlineMoved(UUID caseId, Instant previousDue, Instant newDue) {
        if (previousDue == null || newDue == null || previousDue.equals(newDue)) {
            return;
        }
        tasks.findByCaseIdAndState(caseId, TaskState.OPEN).forEach(task -> task.followDeadline(previousDue, newDue));
    }

    /** The assignee filter of {@link #allOpenTasks} for tasks nobody has claimed. */
    public static final String UNASSIGNED = TaskSpecifications.UNASSIGNED;

    /** The officials of the manager's municipality who may do a task of these candidate groups. */
    @ManagersOnly
    public java.util.SortedSet<String> eligibleFor(java.util.Collection<String> candidateGroups, CurrentUser manager) {
        return new java.util.TreeSet<>(eligible.of(manager.municipality(), candidateGroups));
    }

    /**
     * The tasks of a case that people completed, oldest first, with what they entered; for the case page. The caller
     * has checked that the user may see the case.
     */
    public List<Task> completedTasksOf(UUID caseId) {
        return transaction.execute(status -> tasks.findByCaseIdAndState(caseId, TaskState.COMPLETED)).stream()
                .sorted(java.util.Comparator.comparing(Task::getCompletedAt))
                .toList();
    }

    /** The officials a manager may give the task to. */
    @ManagersOnly
    public java.util.SortedSet<String> eligibleAssignees(UUID id, CurrentUser manager) {
        Task task = inTransaction(id, manager, AuditAction.TASK_READ, found -> found);
        return new java.util.TreeSet<>(eligible.of(task.getMunicipality(), task.getCandidateGroups()));
    }

    /** The open tasks of a case, for its case views; the caller has checked that the user may see the case. */
    public List<OpenTask> openTaskSummaries(UUID caseId) {
        return transaction.execute(status -> tasks.findByCaseIdAndState(caseId, TaskState.OPEN)).stream()
                .map(task -> new OpenTask(task.getId(), task.getName(), task.getCandidateGroups(), task.getAssignee(),
                        task.getDueAt()))
                .toList();
    }

    @OfficialsOnly
    public Task get(UUID id, CurrentUser user) {
        return inTransaction(id, user, AuditAction.TASK_READ, task -> task);
    }

    @OfficialsOnly
    public Task claim(UUID id, CurrentUser user) {
        return inTransaction(id, user, AuditAction.TASK_CLAIMED, task -> {
            requireCandidate(task, user);
            task.claim(user.username(), clock.instant());
            audit.allowed(user, AuditAction.TASK_CLAIMED, task.getCaseId(), task.getName());
            taken(task);
            return task;
        });
    }

    @OfficialsOnly
    public Task unclaim(UUID id, CurrentUser user) {
        return inTransaction(id, user, AuditAction.TASK_UNCLAIMED, task -> {
            task.unclaim(user.username());
            audit.allowed(user, AuditAction.TASK_UNCLAIMED, task.getCaseId(), task.getName());
            return task;
        });
    }

    /**
     * A manager gives the task to another official (or back to the queue with {@code null}). Only an official of the
     * task's municipality in one of its candidate groups may get it, so the task never drops out of every queue.
     */
    @ManagersOnly
    public Task reassign(UUID id, String assignee, CurrentUser manager) {
        if (assignee != null) {
            Task task = inTransaction(id, manager, AuditAction.TASK_REASSIGNED, found -> found);
            if (!eligible.of(task.getMunicipality(), task.getCandidateGroups()).contains(assignee)) {
                audit.refused(manager, AuditAction.TASK_REASSIGNED, task.getCaseId(),
                        task.getName() + ": " + assignee + " may not do this task");
                throw new UnprocessableException("assignee-not-eligible", List.of(new FieldProblem("assignee", "is not an official who may do this task")));
            }
        }
        return inTransaction(id, manager, AuditAction.TASK_REASSIGNED, task -> {
            String previous = task.getAssignee();
            task.reassign(assignee, clock.instant());
            audit.allowed(manager, AuditAction.TASK_REASSIGNED, task.getCaseId(),
                    task.getName() + ": " + previous + " -> " + assignee);
            taken(task);
            return task;
        });
    }

    /**
     * Checks the data against the task's form, completes the engine job with it and records who did it.
     * Invalid data leaves both the task and the engine untouched.
     */
    @OfficialsOnly
    public Task complete(UUID id, Map<String, Object> data, CurrentUser user) {
        Task task = inTransaction(id, user, AuditAction.TASK_COMPLETED, found -> {
            found.requireCompletableBy(user.username());
            return found;
        });
        List<FieldProblem> problems = forms.validate(task.getFormKey(), data);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("form-invalid", problems);
        }
        try {
            guards.forEach(guard -> guard.check(task, data, user));
            effects.forEach(effect -> effect.apply(task, data, user));
        } catch (ConflictException | InvalidInputException refused) {
            audit.refused(user, AuditAction.TASK_COMPLETED, task.getCaseId(), task.getName() + ": " + refused.getMessage());
            throw refused;
        }
        Map<String, Object> variables = new java.util.HashMap<>(data);
        // the process's next step records who acted (e.g. who accepted a hand-off)
        variables.put(ACTED_BY, user.username());
        TaskEngine.Outcome outcome;
        try {
            outcome = engine.completeJob(task.getJobKey(), variables);
        } catch (RuntimeException engineFailed) {
            effects.forEach(effect -> effect.undo(task, data));
            if (EngineAnswer.isUnavailable(engineFailed)) {
                throw new ServiceUnavailableException("engine-unavailable",
                        engineFailed);
            }
            throw engineFailed;
        }
        if (outcome == TaskEngine.Outcome.JOB_GONE) {
            effects.forEach(effect -> effect.undo(task, data));
        }
        Task updated = recordCompletion(id, outcome, data, user);
        if (outcome == TaskEngine.Outcome.JOB_GONE) {
            throw new ConflictException("task-process-moved-on");
        }
        return updated;
    }

    /**
     * Records what the engine already did. The engine cannot be rolled back, so a concurrent change of the
     * row (the reconciler closing it as gone, say) is read again and settled instead of failing.
     */
    private Task recordCompletion(UUID id, TaskEngine.Outcome outcome, Map<String, Object> data, CurrentUser user) {
        try {
            return recordCompletionOnce(id, outcome, data, user);
        } catch (org.springframework.dao.OptimisticLockingFailureException changedMeanwhile) {
            return recordCompletionOnce(id, outcome, data, user);
        }
    }

    private Task recordCompletionOnce(UUID id, TaskEngine.Outcome outcome, Map<String, Object> data, CurrentUser user) {
        return transaction.execute(status -> {
            Task current = tasks.findById(id).orElseThrow();
            // closed as gone by the reconciler in the moment after the engine completed it: it was completed
            boolean settled = current.getState() == TaskState.COMPLETED
                    || current.getState() == TaskState.CANCELLED && outcome == TaskEngine.Outcome.JOB_GONE;
            if (settled) {
                return current;
            }
            if (outcome == TaskEngine.Outcome.JOB_GONE) {
                current.cancelled(clock.instant());
            } else {
                current.completed(user.username(), data, clock.instant());
                audit.allowed(user, AuditAction.TASK_COMPLETED, current.getCaseId(), current.getName());
            }
            return current;
        });
    }

    /** Runs the step on a task the user may see; a refusal is audited before it reaches the caller. */
    private Task inTransaction(UUID id, CurrentUser user, AuditAction action, Function<Task, Task> step) {
        try {
            return transaction.execute(status -> step.apply(visible(id, user)));
        } catch (NotFoundException | ForbiddenException | ConflictException refused) {
            audit.refused(user, action, tasks.findById(id).map(Task::getCaseId).orElse(null),
                    "task " + id + ": " + refused.getMessage());
            throw refused;
        }
    }

    private Task visible(UUID id, CurrentUser user) {
        return tasks.findById(id)
                .filter(task -> task.isFor(user.candidateGroups(), user.municipality())
                        || (user.has(Role.MANAGER) && task.getMunicipality().equals(user.municipality())))
                .filter(task -> !caseVisibility.visibleAmong(List.of(task.getCaseId()), user).isEmpty())
                .orElseThrow(() -> new NotFoundException("task-not-found"));
    }

    private static void requireCandidate(Task task, CurrentUser user) {
        if (!task.isFor(user.candidateGroups(), user.municipality())) {
            throw new ForbiddenException("task-not-candidate");
        }
    }

    private void taken(Task task) {
        if (task.getAssignee() != null) {
            events.publishEvent(new TaskEvents.TaskTaken(task.getCaseId(), task.getCandidateGroups(), task.getAssignee()));
        }
    }
}
