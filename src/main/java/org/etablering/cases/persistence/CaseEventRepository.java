package org.etablering.cases.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.cases.CaseEvent;
import org.springframework.data.repository.Repository;

public interface CaseEventRepository extends Repository<CaseEvent, Long> {

    CaseEvent save(CaseEvent event);

    List<CaseEvent> findByCaseIdOrderByOccurredAtAscIdAsc(UUID caseId);

    boolean existsByCaseIdAndKind(UUID caseId, org.etablering.cases.CaseEventKind kind);
}
