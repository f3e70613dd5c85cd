package org.etablering.inquiry.persistence;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.etablering.inquiry.Inquiry;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InquiryRepository extends JpaRepository<Inquiry, UUID> {

    List<Inquiry> findByMunicipalityOrderByOpenedAtDesc(String municipality, Pageable page);

    List<Inquiry> findByMunicipalityAndOrgNumberInOrderByOpenedAtDesc(String municipality,
            Collection<String> orgNumbers, Pageable page);
}
