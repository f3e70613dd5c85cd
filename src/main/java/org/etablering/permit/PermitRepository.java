package org.etablering.permit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PermitRepository extends JpaRepository<Permit, UUID> {

    List<Permit> findTop200ByMunicipalityOrderByOpenedAtDesc(String municipality);

    List<Permit> findTop200ByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(String municipality, List<String> orgNumbers);

    Optional<Permit> findFirstByParentIdAndPermitType(UUID parentId, String permitType);
}
