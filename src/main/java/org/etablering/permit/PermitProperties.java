package org.etablering.permit;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import org.etablering.municipality.Country;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Permit types and the rules of the permit review, as configuration: each type carries its statutory
 * policy, so a municipality adds a type without touching Java.
 */
@ConfigurationProperties(prefix = "etablering.permits")
public record PermitProperties(
        Map<String, PermitType> types,
        Map<Country, String> defaultTypes,
        int replyToDraftWorkingDays,
        int completionAnswerWorkingDays,
        int deadlineWarningWorkingDays,
        Period decisionRequestableAfter,
        int decisionRequestWeeks) {

    /** The permit type a hand-off's permit review starts with, in the municipality's country. */
    public String defaultType(Country country) {
        String type = defaultTypes.get(country);
        if (type == null || !types.containsKey(type)) {
            throw new IllegalStateException("No default permit type configured for " + country);
        }
        return type;
    }

    /**
     * A kind of permit. {@code completionWindowWeeks}: a completion request made within this many weeks
     * of receipt restarts the statutory period from the complete application; a later one only pauses
     * it. Left out, every completion restarts it (as in Norway, where the period always runs from the
     * complete application).
     */
    public record PermitType(
            String name,
            Country country,
            int statutoryWeeks,
            Integer completionWindowWeeks,
            int feeReductionPercentPerStartedWeek,
            BigDecimal fee,
            String appealInformation,
            String dismissalLegalBasis,
            String description) {
    }
}
