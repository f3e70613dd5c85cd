package org.etablering.land;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of a hold on a parcel, made together with the parcel's status. The offer is where cases
 * compete: the database's partial unique index on open claims decides who gets the parcel, and the
 * loser is told so with a 409.
 */
@Component
class ParcelClaims {

    private final ParcelClaimRepository claims;
    private final ParcelRepository parcels;
    private final Municipalities municipalities;
    private final Clock clock;

    ParcelClaims(ParcelClaimRepository claims, ParcelRepository parcels, Municipalities municipalities, Clock clock) {
        this.claims = claims;
        this.parcels = parcels;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** Puts a hold on the parcel for the request, for an offer standing the given number of days. */
    @Transactional(propagation = Propagation.MANDATORY)
    ParcelClaim offer(LandRequest request, String designation, BigDecimal price, String terms, int validDays,
                      String planner) {
        Parcel parcel = parcels.findByMunicipalityAndDesignationIgnoreCase(request.getMunicipality(), designation.strip())
                .orElseThrow(() -> new InvalidInputException("parcel-unknown",
                        List.of(new FieldProblem("parcelDesignation", "is not a parcel of this municipality"))));
        Optional<ParcelClaim> held = claims.findByLandRequestIdAndEndedAtIsNull(request.getId());
        if (held.isPresent() && held.get().getOfferSentAt() == null) {
            // an offer whose completion never reached the engine: the planner is making it again
            withdrawUnsent(held.get());
        } else if (held.isPresent()) {
            throw new ConflictException("parcel-already-held");
        }
        if (!parcel.isAvailable()) {
            throw takenBy(parcel);
        }
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(now, zone(request)).plusDays(validDays);
        ParcelClaim claim = new ParcelClaim(parcel.getId(), request.getId(), price == null ? parcel.getPricePerSqm() : price,
                terms == null || terms.isBlank() ? null : terms.strip(), planner, now,
                lastDay.plusDays(1).atStartOfDay(zone(request)).toInstant());
        parcel.held(ClaimStage.OFFERED.parcelStatus(), now);
        try {
            claims.saveAndFlush(claim);
            parcels.flush();
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException raced) {
            throw takenBy(parcel);
        }
        return claim;
    }

    /** Removes an offer that was never sent, as if it had not been made. */
    @Transactional(propagation = Propagation.MANDATORY)
    void withdrawUnsent(UUID requestId) {
        claims.findByLandRequestIdAndEndedAtIsNull(requestId)
                .filter(claim -> claim.getOfferSentAt() == null)
                .ifPresent(this::withdrawUnsent);
    }

    private void withdrawUnsent(ParcelClaim claim) {
        parcels.findById(claim.getParcelId()).ifPresent(parcel -> parcel.released(clock.instant()));
        claims.delete(claim);
        claims.flush();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void accept(ParcelClaim claim, LandProperties rules) {
        Instant now = clock.instant();
        claim.accept(now, now.atZone(zoneOf(claim)).plus(rules.reservationPeriod()).toInstant());
        parcel(claim).held(ClaimStage.RESERVED.parcelStatus(), now);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void decline(ParcelClaim claim) {
        claim.decline(clock.instant());
        parcel(claim).released(clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void extend(ParcelClaim claim, int months, String reason) {
        Instant until = claim.getReservationExpiresAt() == null ? null
                : claim.getReservationExpiresAt().atZone(zoneOf(claim)).plusMonths(months).toInstant();
        if (until == null) {
            throw new ConflictException("reservation-not-in-force");
        }
        claim.extend(until, reason.strip(), clock.instant());
    }

    /** Ends the hold and returns the parcel to the inventory. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(ParcelClaim claim, ClaimEnd reason) {
        claim.end(reason, clock.instant());
        parcel(claim).released(clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void allocate(ParcelClaim claim, String agreementReference, LocalDate signedOn, LocalDate accessDate) {
        claim.allocate(agreementReference, signedOn, accessDate, clock.instant());
        parcel(claim).held(ClaimStage.ALLOCATED.parcelStatus(), clock.instant());
    }

    Optional<ParcelClaim> open(UUID requestId) {
        return claims.findByLandRequestIdAndEndedAtIsNull(requestId);
    }

    List<ParcelClaim> all(UUID requestId) {
        return claims.findByLandRequestIdOrderByOfferedAt(requestId);
    }

    Parcel parcel(ParcelClaim claim) {
        return parcels.findById(claim.getParcelId()).orElseThrow();
    }

    private ZoneId zoneOf(ParcelClaim claim) {
        return municipalities.calendarOf(parcel(claim).getMunicipality()).country().zone();
    }

    private ZoneId zone(LandRequest request) {
        return municipalities.calendarOf(request.getMunicipality()).country().zone();
    }

    private static ConflictException takenBy(Parcel parcel) {
        return new ConflictException("parcel-taken", parcel.getDesignation());
    }
}
