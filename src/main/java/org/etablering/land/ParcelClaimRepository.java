package org.etablering.land;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParcelClaimRepository extends JpaRepository<ParcelClaim, UUID> {

    Optional<ParcelClaim> findByLandRequestIdAndEndedAtIsNull(UUID landRequestId);

    List<ParcelClaim> findByLandRequestIdOrderByOfferedAt(UUID landRequestId);

    /** Reservations in force that end before {@code until} and whose company has not been reminded. */
    List<ParcelClaim> findTop100ByStageAndEndedAtIsNullAndExpiryRemindedAtIsNullAndReservationExpiresAtBefore(
            ClaimStage stage, java.time.Instant until);
}
