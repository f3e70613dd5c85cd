package org.etablering.inquiry.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.inquiry.Inquiry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InquiryRepository extends JpaRepository<Inquiry, UUID> {

    Optional<Inquiry> findByIdAndMunicipality(UUID id, String municipality);

    List<Inquiry> findByMunicipalityOrderBySubmittedAtDesc(String municipality, Pageable page);

    List<Inquiry> findByMunicipalityAndOrgNumberOrderBySubmittedAtDesc(String municipality, String orgNumber, Pageable page);

    @Query(value = "select nextval('case_number_seq')", nativeQuery = true)
    long nextCaseSequence();
}
