package org.etablering.local;

import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Settings of the local (evaluation and development) mode, read straight from the environment
 * because they are needed before the application context exists.
 */
record LocalSettings(
        boolean enabled,
        Path directory,
        boolean keepData,
        int enginePort,
        int keycloakPort,
        String keycloakVersion,
        String keycloakDistribution,
        String realmResource,
        int smtpPort) {

    static LocalSettings from(Environment env) {
        return new LocalSettings(
                env.getProperty("etablering.local.enabled", Boolean.class, true),
                Path.of(env.getProperty("etablering.local.directory", ".local")).toAbsolutePath(),
                env.getProperty("etablering.local.keep-data", Boolean.class, false),
                env.getProperty("etablering.local.engine.port", Integer.class, 26500),
                env.getProperty("etablering.local.keycloak.port", Integer.class, 8180),
                env.getProperty("etablering.local.keycloak.version", "26.4.7"),
                env.getProperty("etablering.local.keycloak.distribution", ""),
                env.getProperty("etablering.local.keycloak.realm", "keycloak/etablering-realm.json"),
                env.getProperty("etablering.local.mail.port", Integer.class, 3025));
    }

    String issuerUri() {
        return "http://localhost:" + keycloakPort + "/realms/etablering";
    }
}
