package org.etablering.land;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LandRequestRepository extends JpaRepository<LandRequest, UUID> {

    List<LandRequest> findTop200ByMunicipalityOrderByOpenedAtDesc(String municipality);

    List<LandRequest> findTop200ByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(String municipality,
                                                                                   List<String> orgNumbers);

    Optional<LandRequest> findFirstByParentId(UUID parentId);
}
