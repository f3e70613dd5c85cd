package org.etablering.message;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseMessageRepository extends JpaRepository<CaseMessage, UUID> {

    List<CaseMessage> findByCaseIdOrderBySentAtAsc(UUID caseId);

    Optional<CaseMessage> findByIdAndCaseId(UUID id, UUID caseId);
}
