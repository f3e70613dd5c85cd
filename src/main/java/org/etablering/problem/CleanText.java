package org.etablering.problem;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What text may hold. Control characters other than tab and line breaks (NUL above all, which PostgreSQL
 * refuses), and halves of surrogate pairs (not text at all) are refused wherever text comes in; so are dates
 * whose year has more than four digits, which no database column holds.
 */
public final class CleanText {

    private static final Pattern HUGE_YEAR_DATE = Pattern.compile("^[+-]?\\d{5,}-\\d{1,2}-\\d{1,2}.*");

    private CleanText() {
    }

    /** Why the text is refused, or empty if it is acceptable. */
    public static Optional<String> problemIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || c >= 0x80 && c <= 0x9F) {
                return Optional.of("contains a control character, which is not allowed");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains an invalid character");
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return Optional.of("contains an invalid character");
            }
        }
        if (text.length() <= 40 && HUGE_YEAR_DATE.matcher(text).matches()) {
            return Optional.of("is a date out of range");
        }
        return Optional.empty();
    }

    public static boolean isClean(String text) {
        return problemIn(text).isEmpty();
    }

    /** Removes what {@link #problemIn} refuses, for text that is not the user's own (file names from a browser). */
    public static String cleaned(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(c -> !(c < 0x20 || c == 0x7F || c >= 0x80 && c <= 0x9F
                        || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF))
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }
}
