package org.etablering.municipality;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.etablering.clock.WorkingCalendar;
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

    public WorkingCalendar calendarOf(String code) {
        return calendars.computeIfAbsent(get(code).country(), WorkingCalendar::new);
    }

    public static class UnknownMunicipalityException extends RuntimeException {
        public UnknownMunicipalityException(String code) {
            super("This deployment does not serve the municipality '" + code + "'");
        }
    }
}
