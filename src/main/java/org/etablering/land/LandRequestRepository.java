package org.etablering.land;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LandRequestRepository extends JpaRepository<LandRequest, UUID> {

    @Query(value = "select nextval('land_request_number_seq')", nativeQuery = true)
    long nextNumber();

    List<LandRequest> findTop200ByMunicipalityOrderByRequestedAtDesc(String municipality);

    List<LandRequest> findTop200ByMunicipalityAndOrgNumberInOrderByRequestedAtDesc(String municipality,
                                                                                   List<String> orgNumbers);

    Optional<LandRequest> findFirstByInquiryId(UUID inquiryId);
}
