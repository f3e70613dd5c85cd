package org.etablering.insight;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * One page of the cases behind a dashboard figure, newest first, and where the next page starts (null at the end).
 * A figure can stand for tens of thousands of a region's cases; a page is what a person reads.
 */
public record CaseRows(List<CaseRow> rows, String next) {

    public static final int PAGE = 50;

    /** Where a page ended: the submission moment and id of its last row. */
    record After(Instant submittedAt, UUID id) {

        static After of(CaseRow last) {
            return new After(last.submittedAt(), last.id());
        }

        String encode() {
            String raw = submittedAt.getEpochSecond() + "." + submittedAt.getNano() + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** The position, or null (the first page) for anything this list did not hand out. */
        static After parse(String encoded) {
            if (encoded == null || encoded.isBlank() || encoded.length() > 200) {
                return null;
            }
            try {
                String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                String[] moment = raw.substring(0, Math.max(bar, 0)).split("\\.");
                if (bar < 1 || moment.length != 2) {
                    return null;
                }
                return new After(Instant.ofEpochSecond(Long.parseLong(moment[0]), Integer.parseInt(moment[1])),
                        UUID.fromString(raw.substring(bar + 1)));
            } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
                return null;
            }
        }
    }
}
