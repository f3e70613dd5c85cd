package org.etablering.permit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PermitStepRepository extends JpaRepository<PermitStep, UUID> {

    List<PermitStep> findByPermitIdOrderByEnteredAt(UUID permitId);
}
