package org.etablering.land;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a company that its reservation (markanvisning) ends soon, once per reservation end (an extension brings a
 * new reminder before the new end). The letter, like every letter, reaches the company as a mail too.
 */
@Component
class ReservationReminders {

    private static final Logger log = LoggerFactory.getLogger(ReservationReminders.class);

    private final ParcelClaimRepository claims;
    private final ParcelClaims parcelClaims;
    private final LandRequests requests;
    private final LandLetters letters;
    private final LandProperties rules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReservationReminders(ParcelClaimRepository claims, ParcelClaims parcelClaims, LandRequests requests,
                         LandLetters letters, LandProperties rules, TransactionTemplate transaction, Clock clock) {
        this.claims = claims;
        this.parcelClaims = parcelClaims;
        this.requests = requests;
        this.letters = letters;
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${etablering.land.reminder-sweep:PT15M}", initialDelayString = "PT30S")
    void sweep() {
        try {
            remindDue();
        } catch (RuntimeException databaseAway) {
            log.debug("Could not look for reservations ending soon: {}", databaseAway.getMessage());
        }
    }

    /** Sends the reminders that are due; returns how many. */
    int remindDue() {
        Instant now = clock.instant();
        Instant until = now.atOffset(ZoneOffset.UTC).plus(rules.reservationReminderBefore()).toInstant();
        List<ParcelClaim> due = claims.findTop100ByStageAndEndedAtIsNullAndExpiryRemindedAtIsNullAndReservationExpiresAtBefore(
                ClaimStage.RESERVED, until);
        int sent = 0;
        for (ParcelClaim found : due) {
            Boolean reminded = transaction.execute(status -> claims.findById(found.getId())
                    .filter(claim -> claim.remindOfExpiry(clock.instant()))
                    .map(claim -> {
                        letters.reservationEnding(requests.find(claim.getLandRequestId()), parcelClaims.parcel(claim), claim);
                        return true;
                    }).orElse(false));
            sent += Boolean.TRUE.equals(reminded) ? 1 : 0;
        }
        return sent;
    }
}
