package org.etablering.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a keyset page ended, as the opaque text a list hands out for its next page: the sort key of the last row
 * ({@code null}: the row had none, e.g. no deadline), the moment that breaks ties between equal keys where the list
 * has one ({@code tie}, e.g. when a task arrived; null otherwise), and that row's id.
 */
public record PageCursor(Instant value, Instant tie, UUID id) {

    public PageCursor(Instant value, UUID id) {
        this(value, null, id);
    }

    public String encode() {
        String raw = moment(value) + (tie == null ? "" : "|" + moment(tie)) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String moment(Instant at) {
        return at == null ? "-" : at.getEpochSecond() + "." + at.getNano();
    }

    /** The cursor, or null if the text is not one a list handed out. */
    public static PageCursor tryParse(String encoded) {
        try {
            if (encoded == null || encoded.isBlank() || encoded.length() > 200) {
                return null;
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                return null;
            }
            UUID id = UUID.fromString(parts[parts.length - 1]);
            Instant tie = parts.length == 3 ? moment(parts[1]) : null;
            if (parts.length == 3 && tie == null) {
                return null;
            }
            return new PageCursor(parts[0].equals("-") ? null : moment(parts[0]), tie, id);
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return null;
        }
    }

    /** "seconds.nanos" as an instant; throws IllegalArgumentException for anything else. */
    private static Instant moment(String text) {
        if (text.equals("-")) {
            return null;
        }
        String[] parts = text.split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a moment: " + text);
        }
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
    }
}
