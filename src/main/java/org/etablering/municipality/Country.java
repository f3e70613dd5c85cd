package org.etablering.municipality;

import java.time.ZoneId;

public enum Country {
    SE(ZoneId.of("Europe/Stockholm")),
    NO(ZoneId.of("Europe/Oslo"));

    private final ZoneId zone;

    Country(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }
}
