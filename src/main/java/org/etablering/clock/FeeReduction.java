package org.etablering.clock;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What a missed statutory deadline takes off the fee: a share per started week over the deadline, never
 * more than the whole fee. In Sweden one fifth per week (PBL 12 kap. 8 a §), in Norway 25 % per week.
 */
public record FeeReduction(int startedWeeksOver, int percent, BigDecimal fee, BigDecimal reduction, BigDecimal feeToPay) {

    public static FeeReduction of(CaseClock deadline, BigDecimal fee, int percentPerStartedWeek, Instant now) {
        int weeks = deadline.startedWeeksOver(now);
        int percent = Math.min(100, weeks * percentPerStartedWeek);
        BigDecimal reduction = fee.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new FeeReduction(weeks, percent, fee.setScale(2, RoundingMode.HALF_UP), reduction,
                fee.subtract(reduction).setScale(2, RoundingMode.HALF_UP));
    }
}
