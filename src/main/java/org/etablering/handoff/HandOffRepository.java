package org.etablering.handoff;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HandOffRepository extends JpaRepository<HandOff, UUID> {

    Optional<HandOff> findByProcessInstanceKey(long processInstanceKey);

    List<HandOff> findByCaseIdOrderByRequestedAt(UUID caseId);
}
