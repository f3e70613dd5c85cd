package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.KeycloakAdmin;
import org.junit.jupiter.api.Test;

/** Tokens that look right but are not: each one is refused with 401. */
@FullStackTest
class TokenRejectionIT extends FullStackSupport {

    private static final String TASKS = "/api/v1/tasks";

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        String genuine = tokens.of("firstline");
        SignedJWT parsed = SignedJWT.parse(genuine);
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(parsed.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                parsed.getJWTClaimsSet());
        forged.sign(new RSASSASigner(otherKey));

        assertThat(api.get(TASKS, genuine).status()).isEqualTo(200);
        assertThat(api.get(TASKS, forged.serialize()).status()).isEqualTo(401);
    }

    @Test
    void aTokenFromAnotherRealmIsRefused() {
        KeycloakAdmin keycloak = new KeycloakAdmin(issuer());
        keycloak.create("/realms", Map.of(
                "realm", "elsewhere", "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "first-line"))),
                "clients", List.of(Map.of("clientId", "elsewhere-cli", "publicClient", true,
                        "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                        "protocolMappers", List.of(audienceMapper()))),
                "users", List.of(Map.of("username", "firstline", "enabled", true, "emailVerified", true,
                        "firstName", "Other", "lastName", "Realm", "email", "firstline@elsewhere.example",
                        "realmRoles", List.of("first-line"),
                        "credentials", List.of(Map.of("type", "password", "value", "firstline", "temporary", false))))));

        String foreign = keycloak.passwordToken("elsewhere", "elsewhere-cli", "firstline", "firstline");

        assertThat(api.get(TASKS, foreign).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(issuer());
        keycloak.create("/realms/etablering/clients", Map.of(
                "clientId", "short-lived-cli", "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", "2"),
                "protocolMappers", List.of(audienceMapper(), attributeMapper("municipality"))));

        String token = keycloak.passwordToken("etablering", "short-lived-cli", "firstline", "firstline");
        Instant expiry = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        assertThat(api.get(TASKS, token).status()).as("the same token while it is valid").isEqualTo(200);

        // the application allows one second of clock skew in tests (sixty in production)
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.plusSeconds(2)).toMillis()));

        assertThat(api.get(TASKS, token).status()).isEqualTo(401);
    }

    @Test
    void aTokenMeantForAnotherAudienceIsRefused() {
        KeycloakAdmin keycloak = new KeycloakAdmin(issuer());
        keycloak.create("/realms/etablering/clients", Map.of(
                "clientId", "other-api-cli", "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "protocolMappers", List.of(attributeMapper("municipality"))));

        String token = keycloak.passwordToken("etablering", "other-api-cli", "firstline", "firstline");

        assertThat(api.get(TASKS, token).status()).isEqualTo(401);
    }

    @Test
    void noTokenOrAMalformedOneIsRefused() {
        assertThat(api.get(TASKS, null).status()).isEqualTo(401);
        assertThat(api.get(TASKS, "not.a.token").status()).isEqualTo(401);
    }

    private static Map<String, Object> audienceMapper() {
        return Map.of("name", "audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", "etablering-api", "access.token.claim", "true"));
    }

    private static Map<String, Object> attributeMapper(String attribute) {
        return Map.of("name", attribute, "protocol", "openid-connect", "protocolMapper", "oidc-usermodel-attribute-mapper",
                "config", Map.of("user.attribute", attribute, "claim.name", attribute, "jsonType.label", "String",
                        "access.token.claim", "true"));
    }
}
