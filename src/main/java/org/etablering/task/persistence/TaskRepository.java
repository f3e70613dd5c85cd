package org.etablering.task.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.task.Task;
import org.etablering.task.TaskState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {

    /** Whether the engine's job already has its task: asked for every job, so a query Hibernate translates once. */
    @Query("select count(t) > 0 from Task t where t.jobKey = :jobKey")
    boolean existsByJobKey(long jobKey);

    List<Task> findByCaseIdAndState(UUID caseId, TaskState state);

    @Query("select distinct t.caseId from Task t where t.state = org.etablering.task.TaskState.OPEN")
    java.util.Set<UUID> findCaseIdsWithOpenTasks();

    /** Open tasks whose process the engine lost, oldest first. */
    List<Task> findByStateAndProcessLostAtIsNotNullOrderByCreatedAt(TaskState state);

    /** Open tasks not checked against the engine since the cutoff, the longest unchecked first. */
    @Query("""
            select t from Task t where t.state = org.etablering.task.TaskState.OPEN and t.processLostAt is null
            and (t.checkedAt is null or t.checkedAt < :cutoff) order by t.checkedAt asc nulls first""")
    List<Task> findOpenUncheckedSince(java.time.Instant cutoff, Pageable page);

    /**
     * Notes that the engine still waits for the task. A bulk update, so that it does not count as a change
     * of the task (no version bump) and never collides with a person completing it at the same moment.
     */
    @Modifying
    @Query("update Task t set t.checkedAt = :now where t.id = :id and t.state = org.etablering.task.TaskState.OPEN")
    void markChecked(java.util.UUID id, java.time.Instant now);
}
