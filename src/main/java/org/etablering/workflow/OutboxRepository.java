package org.etablering.workflow;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, UUID> {

    List<OutboxMessage> findByPublishedAtIsNullOrderByCreatedAtAsc(Pageable page);

    /** Due messages, locked so that several application instances never publish the same one at once. */
    @Query(value = """
            select * from workflow_outbox
            where published_at is null and next_attempt_at <= :now
            order by created_at
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<OutboxMessage> lockDue(Instant now, int limit);
}
