package org.etablering.portal;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads a number as Swedes and Norwegians write it — a decimal comma, spaces between thousands — as well as with a
 * decimal point. A text that is no number is refused by the binder (and kept in the field for the user to correct).
 */
final class WrittenNumber extends PropertyEditorSupport {

    private final boolean whole;

    WrittenNumber(boolean whole) {
        this.whole = whole;
    }

    @Override
    public void setAsText(String text) {
        String plain = text == null ? "" : text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
                .replace(',', '.');
        if (plain.isEmpty()) {
            setValue(null);
            return;
        }
        if (plain.length() > 20) {
            throw new IllegalArgumentException("Not a number: too long");
        }
        setValue(whole ? Integer.valueOf(plain) : new BigDecimal(plain));
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value == null ? "" : value.toString();
    }
}
