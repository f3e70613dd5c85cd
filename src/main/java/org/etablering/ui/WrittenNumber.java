package org.etablering.ui;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads a number as Swedes and Norwegians write it — a decimal comma, spaces between thousands — as well as with a
 * decimal point. As a property editor for form binding, a text that is no number is refused by the binder (and kept
 * in the field for the user to correct).
 */
public final class WrittenNumber extends PropertyEditorSupport {

    private final boolean whole;

    public WrittenNumber(boolean whole) {
        this.whole = whole;
    }

    /** The number written, or {@code null} for an empty text; throws {@link NumberFormatException} for anything else. */
    public static BigDecimal read(String text) {
        String plain = text == null ? "" : text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replace(',', '.');
        if (plain.isEmpty()) {
            return null;
        }
        if (plain.length() > 20) {
            throw new NumberFormatException("Not a number: too long");
        }
        return new BigDecimal(plain);
    }

    @Override
    public void setAsText(String text) {
        BigDecimal value = read(text);
        try {
            setValue(value == null ? null : whole ? Integer.valueOf(value.intValueExact()) : value);
        } catch (ArithmeticException notWhole) {
            throw new NumberFormatException("Not a whole number: " + text);
        }
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value == null ? "" : value.toString();
    }
}
