package org.etablering.municipality;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.etablering.identity.AdminsOnly;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

@Service
@EnableConfigurationProperties(MunicipalityProperties.class)
public class Municipalities {

    private final Map<String, MunicipalityProperties.Municipality> byCode;
    private final Map<Country, WorkingCalendar> calendars = new ConcurrentHashMap<>();

    public Municipalities(MunicipalityProperties properties) {
        this.byCode = Map.copyOf(properties.municipalities());
    }

    public MunicipalityProperties.Municipality get(String code) {
        MunicipalityProperties.Municipality municipality = byCode.get(code);
        if (municipality == null) {
            throw new UnknownMunicipalityException(code);
        }
        return municipality;
    }

    /** Whether this deployment serves the municipality (for an address anyone may type). */
    public boolean serves(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Every municipality served, for administrators. */
    @AdminsOnly
    public Map<String, MunicipalityProperties.Municipality> configuration() {
        return new java.util.TreeMap<>(byCode);
    }

    /** The municipality's name, or its code if this deployment does not know it. */
    public String nameOf(String code) {
        MunicipalityProperties.Municipality municipality = code == null ? null : byCode.get(code);
        return municipality == null ? code : municipality.name();
    }

    public WorkingCalendar calendarOf(String code) {
        return calendars.computeIfAbsent(get(code).country(), WorkingCalendar::new);
    }

    public static class UnknownMunicipalityException extends RuntimeException {
        public UnknownMunicipalityException(String code) {
            super("This deployment does not serve the municipality '" + code + "'");
        }
    }
}
