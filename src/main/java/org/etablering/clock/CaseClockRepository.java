package org.etablering.clock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClockRepository extends JpaRepository<CaseClock, UUID> {

    List<CaseClock> findByInquiryIdOrderByStartedAt(UUID inquiryId);

    Optional<CaseClock> findFirstByInquiryIdAndKindAndSubjectAndStoppedAtIsNull(UUID inquiryId, ClockKind kind, String subject);

    List<CaseClock> findByInquiryIdAndStoppedAtIsNull(UUID inquiryId);
}
