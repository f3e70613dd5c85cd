package org.etablering.inquiry.persistence;

import java.util.List;
import java.util.UUID;
import org.etablering.inquiry.CaseEvent;
import org.springframework.data.repository.Repository;

public interface CaseEventRepository extends Repository<CaseEvent, Long> {

    CaseEvent save(CaseEvent event);

    List<CaseEvent> findByInquiryIdOrderByOccurredAtAscIdAsc(UUID inquiryId);
}
