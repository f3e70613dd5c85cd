package org.etablering.permit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SecondReviewRepository extends JpaRepository<SecondReview, UUID> {
    List<SecondReview> findByPermitIdOrderByReviewedAt(UUID permitId);
}
