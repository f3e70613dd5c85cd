package org.etablering.land;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rules of land allocation. {@code reservationPeriod}: how long an accepted offer gives the company the
 * exclusive right to negotiate (markanvisning); {@code longestExtension}: the most the one extension may
 * add; {@code offerValidDays}: how long an offer stands unless the planner says otherwise, up to
 * {@code longestOfferValidDays}; {@code reservationReminderBefore}: how long before a reservation ends the company
 * is reminded of it.
 */
@ConfigurationProperties(prefix = "etablering.land")
public record LandProperties(Period reservationPeriod, Period longestExtension, int offerValidDays,
                             int longestOfferValidDays, Period reservationReminderBefore) {

    public LandProperties {
        if (reservationReminderBefore == null) {
            reservationReminderBefore = Period.ofDays(14);
        }
        if (reservationPeriod == null || reservationPeriod.isNegative() || reservationPeriod.isZero()) {
            throw new IllegalArgumentException("etablering.land.reservation-period must be a positive period");
        }
        if (longestExtension == null || longestExtension.isNegative()) {
            throw new IllegalArgumentException("etablering.land.longest-extension must be a period");
        }
        if (offerValidDays < 1 || longestOfferValidDays < offerValidDays) {
            throw new IllegalArgumentException("etablering.land.offer-valid-days must be 1 or more and at most "
                    + "etablering.land.longest-offer-valid-days");
        }
    }

    /** The longest extension in whole months, as an officer asks for it. */
    int longestExtensionMonths() {
        return (int) longestExtension.toTotalMonths();
    }
}
