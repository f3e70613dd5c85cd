package org.etablering.cases;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a keyset page ended, as the opaque text a list hands out for its next page: the sort key of the last row
 * ({@code null}: the row had none, e.g. no deadline) and that row's id.
 */
public record PageCursor(Instant value, UUID id) {

    public String encode() {
        String raw = (value == null ? "-" : value.getEpochSecond() + "." + value.getNano()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor, or null if the text is not one a list handed out. */
    public static PageCursor tryParse(String encoded) {
        try {
            if (encoded == null || encoded.isBlank() || encoded.length() > 200) {
                return null;
            }
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 1) {
                return null;
            }
            String value = raw.substring(0, bar);
            UUID id = UUID.fromString(raw.substring(bar + 1));
            if (value.equals("-")) {
                return new PageCursor(null, id);
            }
            String[] parts = value.split("\\.");
            if (parts.length != 2) {
                return null;
            }
            return new PageCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Integer.parseInt(parts[1])), id);
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            return null;
        }
    }
}
