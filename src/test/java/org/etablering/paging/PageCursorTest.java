package org.etablering.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    private static final UUID ID = UUID.fromString("0b6f7c5e-3f4a-4c1e-9a55-2f3f2e8d9a10");
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00.123456Z");

    @Test
    void aCursorReadsBackAsItWasWritten() {
        for (PageCursor cursor : new PageCursor[] {new PageCursor(AT, ID), new PageCursor(null, ID),
                new PageCursor(AT, AT.minusSeconds(5), ID), new PageCursor(null, AT, ID)}) {
            assertThat(PageCursor.tryParse(cursor.encode())).isEqualTo(cursor);
        }
    }

    @Test
    void aCursorWithoutATieIsWrittenAsBefore() {
        // the case register's and the dashboard's cursors handed out before ties existed still work
        String earlier = encoded(AT.getEpochSecond() + "." + AT.getNano() + "|" + ID);
        assertThat(new PageCursor(AT, ID).encode()).isEqualTo(earlier);
        assertThat(PageCursor.tryParse(earlier)).isEqualTo(new PageCursor(AT, null, ID));
    }

    @Test
    void textThatNoListHandedOutIsNoCursor() {
        for (String junk : new String[] {null, "", " ", "not base64 !", "x".repeat(201), encoded("|" + ID),
                encoded("1.2|" + "not-an-id"), encoded("1.2.3|" + ID), encoded("1.2|-|" + ID), encoded("1.2|3|4|" + ID),
                encoded("1|" + ID), encoded("99999999999999999999.1|" + ID), encoded("1.2|3.4"), encoded("\0|" + ID)}) {
            assertThat(PageCursor.tryParse(junk)).as(String.valueOf(junk)).isNull();
        }
    }

    private static String encoded(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
