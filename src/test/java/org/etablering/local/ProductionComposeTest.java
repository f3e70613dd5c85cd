package org.etablering.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The production set in docker-compose.yml is fit for production: no demo realm, no default secrets. */
class ProductionComposeTest {

    private final String compose = read("docker-compose.yml");

    @Test
    void keycloakImportsTheProductionRealmWithoutDemoUsers() {
        assertThat(compose).contains("./keycloak/etablering-realm-production.json:")
                .doesNotContain("./keycloak/etablering-realm.json:");
        assertThat(read("keycloak/etablering-realm-production.json")).doesNotContain("\"credentials\"");
    }

    @Test
    void everySecretMustBeSetByTheOperator() {
        assertThat(Pattern.compile("\\$\\{[A-Z_]*(PASSWORD|SECRET)[A-Z_]*:-").matcher(compose).find())
                .as("no secret has a default").isFalse();
        assertThat(compose).contains("${ETABLERING_DB_PASSWORD:?", "${KEYCLOAK_DB_PASSWORD:?",
                "${KEYCLOAK_ADMIN_PASSWORD:?", "${ETABLERING_WEB_CLIENT_SECRET:?", "${CAMUNDA_ADMIN_PASSWORD:?",
                "${ETABLERING_DIRECTORY_CLIENT_SECRET:?");
        assertThat(compose).doesNotContain("local-secret", "change-me");
    }

    @Test
    void theEngineClientProtocolIsChosenExplicitly() {
        assertThat(compose).contains("CAMUNDA_CLIENT_PREFER_REST_OVER_GRPC:");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
