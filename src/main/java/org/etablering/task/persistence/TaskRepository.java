package org.etablering.task.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.task.Task;
import org.etablering.task.TaskState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, UUID>, JpaSpecificationExecutor<Task> {

    boolean existsByJobKey(long jobKey);

    List<Task> findByInquiryIdAndState(UUID inquiryId, TaskState state);

    /** Open tasks, those not checked against the engine for the longest time first. */
    @Query("select t from Task t where t.state = org.etablering.task.TaskState.OPEN order by t.checkedAt asc nulls first")
    List<Task> findOpenByLastCheck(Pageable page);
}
