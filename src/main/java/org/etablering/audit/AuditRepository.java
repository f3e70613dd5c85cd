package org.etablering.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Only appends and reads: the trail has no update or delete, here or in the database. */
interface AuditRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByCaseIdOrderByOccurredAtAscIdAsc(UUID caseId);

    long countByCaseIdAndAction(UUID caseId, AuditAction action);
}
