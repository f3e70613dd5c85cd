package org.etablering.inquiry.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.etablering.inquiry.Inquiry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InquiryRepository extends JpaRepository<Inquiry, UUID> {

    List<Inquiry> findByMunicipalityOrderBySubmittedAtDesc(String municipality, Pageable page);

    List<Inquiry> findByMunicipalityAndOrgNumberInOrderBySubmittedAtDesc(String municipality,
            Collection<String> orgNumbers, Pageable page);

    @Query(value = "select nextval('case_number_seq')", nativeQuery = true)
    long nextCaseSequence();
}
