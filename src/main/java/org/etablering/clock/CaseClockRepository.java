package org.etablering.clock;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseClockRepository extends JpaRepository<CaseClock, UUID> {

    List<CaseClock> findByCaseIdOrderByStartedAt(UUID caseId);

    /**
     * The running clocks of this kind and subject (one, as a rule). A query of its own rather than one derived from
     * the method's name, because Hibernate translates a derived query to SQL again on every call and this one runs
     * for every inquiry and every change of a case's status.
     */
    @Query("""
            select c from CaseClock c
            where c.caseId = :caseId and c.kind = :kind and c.subject = :subject and c.stoppedAt is null
            order by c.startedAt""")
    List<CaseClock> running(UUID caseId, ClockKind kind, String subject);

    List<CaseClock> findByCaseIdAndStoppedAtIsNull(UUID caseId);

}
