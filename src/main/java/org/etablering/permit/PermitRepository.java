package org.etablering.permit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PermitRepository extends JpaRepository<Permit, UUID> {

    @Query(value = "select nextval('permit_number_seq')", nativeQuery = true)
    long nextNumber();

    List<Permit> findTop200ByMunicipalityOrderBySubmittedAtDesc(String municipality);

    List<Permit> findTop200ByMunicipalityAndOrgNumberInOrderBySubmittedAtDesc(String municipality, List<String> orgNumbers);

    Optional<Permit> findFirstByInquiryIdAndPermitType(UUID inquiryId, String permitType);
}
