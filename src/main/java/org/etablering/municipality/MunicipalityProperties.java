package org.etablering.municipality;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The municipalities this deployment serves, keyed by the code in users' {@code municipality} claim. */
@ConfigurationProperties(prefix = "etablering")
public record MunicipalityProperties(Map<String, Municipality> municipalities) {

    public record Municipality(String name, Country country, int firstContactWorkingDays) {
    }
}
