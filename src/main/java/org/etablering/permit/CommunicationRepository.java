package org.etablering.permit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommunicationRepository extends JpaRepository<Communication, UUID> {
    List<Communication> findByPermitIdOrderBySentAt(UUID permitId);
}
