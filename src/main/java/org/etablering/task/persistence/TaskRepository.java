package org.etablering.task.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.etablering.task.Task;
import org.etablering.task.TaskState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, UUID> {

    boolean existsByJobKey(long jobKey);

    @Query("""
            select distinct t from Task t join t.candidateGroups g
            where t.municipality = :municipality and t.state = :state and g in :groups
            order by t.dueAt asc nulls last, t.createdAt asc""")
    List<Task> findForGroups(String municipality, TaskState state, Collection<String> groups, Pageable page);

    List<Task> findByInquiryIdAndState(UUID inquiryId, TaskState state);
}
