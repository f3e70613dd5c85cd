package org.etablering.task;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.etablering.problem.ConflictException;
import org.etablering.problem.ForbiddenException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A piece of work a person must do for a process: one engine job of type {@code io.camunda.zeebe:userTask}. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    private UUID id;

    @Column(name = "job_key", nullable = false, unique = true, updatable = false)
    private long jobKey;

    @Column(name = "process_instance_key", nullable = false, updatable = false)
    private long processInstanceKey;

    @Column(name = "process_id", nullable = false, updatable = false)
    private String processId;

    @Column(name = "element_id", nullable = false, updatable = false)
    private String elementId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "form_key", updatable = false)
    private String formKey;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100) // one query for an inbox page's groups, not one per task
    @CollectionTable(name = "task_candidate_group", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "candidate_group")
    private Set<String> candidateGroups = new LinkedHashSet<>();

    /** The case the task belongs to, of whatever kind. */
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;

    @Column(name = "case_number", updatable = false)
    private String caseNumber;

    @Column(nullable = false, updatable = false)
    private String municipality;

    private String assignee;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TaskState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "completion_data")
    private Map<String, Object> completionData;

    /** The process's variables when it handed out the task: what a restart at this step starts from. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "process_variables", updatable = false)
    private Map<String, Object> processVariables;

    /** When the engine was found to have lost the task's process; the task stays open until it is restarted. */
    @Column(name = "process_lost_at")
    private Instant processLostAt;

    /** When the engine last confirmed it still waits for this task. */
    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private Long version;

    protected Task() {
    }

    Task(NewTask job, Instant now) {
        this.id = UUID.randomUUID();
        this.jobKey = job.jobKey();
        this.processInstanceKey = job.processInstanceKey();
        this.processId = job.processId();
        this.elementId = job.elementId();
        this.name = job.name();
        this.formKey = job.formKey();
        this.candidateGroups = new LinkedHashSet<>(job.candidateGroups());
        this.caseId = job.caseId();
        this.caseNumber = job.caseNumber();
        this.municipality = job.municipality();
        this.assignee = job.assignee();
        this.dueAt = job.dueAt();
        this.followUpAt = job.followUpAt();
        this.processVariables = job.processVariables();
        this.state = TaskState.OPEN;
        this.createdAt = now;
    }

    /** Whether someone with these candidate groups, in this municipality, may see and work the task. */
    boolean isFor(Collection<String> groups, String userMunicipality) {
        return municipality.equals(userMunicipality) && groups.stream().anyMatch(candidateGroups::contains);
    }

    void claim(String user, Instant now) {
        requireOpen();
        if (assignee != null && !assignee.equals(user)) {
            throw new ConflictException("task-claimed-by-other");
        }
        if (assignee == null) {
            assignee = user;
            claimedAt = now;
        }
    }

    /** A manager hands the task to someone else, or back to the queue with {@code null}. */
    void reassign(String newAssignee, Instant now) {
        requireOpen();
        assignee = newAssignee;
        claimedAt = newAssignee == null ? null : now;
    }

    void unclaim(String user) {
        requireOpen();
        if (assignee != null && !assignee.equals(user)) {
            throw new ForbiddenException("task-not-yours-to-return");
        }
        assignee = null;
        claimedAt = null;
    }

    void requireCompletableBy(String user) {
        requireOpen();
        if (processLostAt != null) {
            throw new ConflictException("task-process-lost");
        }
        if (assignee == null) {
            throw new ConflictException("task-not-claimed");
        }
        if (!assignee.equals(user)) {
            throw new ForbiddenException("task-not-yours-to-complete");
        }
    }

    void completed(String user, Map<String, Object> data, Instant now) {
        state = TaskState.COMPLETED;
        completedBy = user;
        completedAt = now;
        completionData = Map.copyOf(data);
    }

    void cancelled(Instant now) {
        if (state == TaskState.OPEN) {
            state = TaskState.CANCELLED;
            completedAt = now;
        }
    }

    void processLost(Instant now) {
        if (state == TaskState.OPEN && processLostAt == null) {
            processLostAt = now;
        }
        checkedAt = now;
    }

    private void requireOpen() {
        if (state != TaskState.OPEN) {
            throw new ConflictException("task-not-open");
        }
    }

    public UUID getId() { return id; }
    public long getJobKey() { return jobKey; }
    public long getProcessInstanceKey() { return processInstanceKey; }
    public String getProcessId() { return processId; }
    public String getElementId() { return elementId; }
    public String getName() { return name; }
    public String getFormKey() { return formKey; }
    public Set<String> getCandidateGroups() { return candidateGroups; }
    public UUID getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getMunicipality() { return municipality; }
    public String getAssignee() { return assignee; }
    public Instant getDueAt() { return dueAt; }
    public Instant getFollowUpAt() { return followUpAt; }
    public TaskState getState() { return state; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClaimedAt() { return claimedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public Map<String, Object> getProcessVariables() { return processVariables; }
    public Map<String, Object> getCompletionData() { return completionData; }
    public Instant getProcessLostAt() { return processLostAt; }

    /** The deadline this task was due by was extended; returns whether the task followed it. */
    public boolean followDeadline(Instant previousDue, Instant newDue) {
        if (state != TaskState.OPEN || dueAt == null || !dueAt.equals(previousDue)) {
            return false;
        }
        dueAt = newDue;
        return true;
    }
}
