package org.etablering.ui;

import java.math.BigDecimal;
import java.util.Map;

/** The checks of a hand-written page form, each noting a refused field's problem as a message key. */
public final class FormInput {

    private FormInput() {
    }

    public static void required(String value, int limit, String field, Map<String, String> problems) {
        if (value.isBlank()) {
            problems.put(field, "portal.apply.problem.required");
        } else if (value.strip().length() > limit) {
            problems.put(field, "portal.apply.problem.long");
        }
    }

    /** A positive number up to {@code max} as people write it here ("2,5", "12 000"); empty is none. */
    public static BigDecimal positiveNumber(String text, BigDecimal max, String field, Map<String, String> problems) {
        try {
            BigDecimal value = WrittenNumber.read(text);
            if (value != null && (value.signum() <= 0 || value.compareTo(max) > 0)) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            problems.put(field, "portal.apply.problem.number");
            return null;
        }
    }
}
