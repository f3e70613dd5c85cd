package org.etablering.clock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClockRepository extends JpaRepository<CaseClock, UUID> {

    List<CaseClock> findByCaseIdOrderByStartedAt(UUID caseId);

    Optional<CaseClock> findFirstByCaseIdAndKindAndSubjectAndStoppedAtIsNull(UUID caseId, ClockKind kind, String subject);

    List<CaseClock> findByCaseIdAndStoppedAtIsNull(UUID caseId);

}
