package org.etablering.inquiry.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.inquiry.CaseMessage;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseMessageRepository extends JpaRepository<CaseMessage, UUID> {

    List<CaseMessage> findByInquiryIdOrderBySentAtAsc(UUID inquiryId);

    Optional<CaseMessage> findByIdAndInquiryId(UUID id, UUID inquiryId);
}
