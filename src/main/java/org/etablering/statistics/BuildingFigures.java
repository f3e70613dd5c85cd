package org.etablering.statistics;

import java.util.Map;

/**
 * The figures Boverket's yearly survey and Statistics Norway's KOSTRA ask of building permits and land, for a period:
 * decisions by outcome, processing time from a complete application to the decision (median and mean, in days) and
 * the share decided within the statutory limit, extensions of the limit, fees reduced for a missed limit; offers of
 * land, land allocation agreements made (markanvisningar) and land allocated.
 */
public record BuildingFigures(Period period, String municipality, long permitDecisions,
                              Map<String, Long> decisionsByOutcome, Double medianDays, Double meanDays,
                              Double withinStatutoryLimitPercent, long extensions, long feeReductions,
                              long landOffers, long landAllocationAgreements, long landAllocated) {
}
