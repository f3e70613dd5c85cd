package org.etablering.permit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PermitMessageRepository extends JpaRepository<PermitMessage, UUID> {
    List<PermitMessage> findByPermitIdOrderBySentAt(UUID permitId);
}
