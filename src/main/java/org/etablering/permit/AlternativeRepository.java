package org.etablering.permit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AlternativeRepository extends JpaRepository<Alternative, UUID> {
    List<Alternative> findByPermitIdOrderByRecordedAt(UUID permitId);
}
