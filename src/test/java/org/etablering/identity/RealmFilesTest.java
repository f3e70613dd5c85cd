package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The two realms in {@code keycloak/} agree on roles, groups and claims, and differ where production must. */
class RealmFilesTest {

    private final JsonNode local = read("keycloak/etablering-realm.json");
    private final JsonNode production = read("keycloak/etablering-realm-production.json");

    @Test
    void bothRealmsHaveEveryRoleAndAGroupCarryingEach() {
        Set<String> expected = new TreeSet<>(Arrays.stream(Role.values()).map(Role::roleName).toList());
        for (JsonNode realm : List.of(local, production)) {
            assertThat(names(realm.at("/roles/realm"), "name")).containsExactlyInAnyOrderElementsOf(expected);
            Set<String> carried = new TreeSet<>();
            realm.get("groups").forEach(group -> group.get("realmRoles").forEach(role -> carried.add(role.asText())));
            assertThat(carried).isEqualTo(expected);
        }
    }

    @Test
    void everyClientPutsMunicipalityOrganisationNumberAndAudienceIntoTokens() {
        for (JsonNode realm : List.of(local, production)) {
            for (JsonNode client : realm.get("clients")) {
                assertThat(names(client.get("protocolMappers"), "protocolMapper"))
                        .as(client.get("clientId").asText())
                        .contains("oidc-usermodel-attribute-mapper", "oidc-audience-mapper");
                assertThat(mapperConfig(client, "user.attribute")).contains("municipality", "org_number");
                assertThat(mapperConfig(client, "included.custom.audience")).contains("etablering-api");
            }
            JsonNode profile = parse(realm.at("/components/org.keycloak.userprofile.UserProfileProvider/0/config/kc.user.profile.config/0").asText());
            assertThat(names(profile.get("attributes"), "name")).as("declared user attributes")
                    .contains("municipality", "org_number");
        }
    }

    @Test
    void theWebClientUsesTheCodeFlowWithPkce() {
        for (JsonNode realm : List.of(local, production)) {
            JsonNode web = client(realm, "etablering-web");
            assertThat(web.get("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(web.get("implicitFlowEnabled").asBoolean()).isFalse();
            assertThat(web.get("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
            assertThat(web.at("/attributes/post.logout.redirect.uris").asText()).isNotBlank();
        }
    }

    @Test
    void onlyTheLocalRealmHasDemoUsersAndTheScriptClient() {
        assertThat(local.get("users")).isNotEmpty();
        JsonNode cli = client(local, "etablering-cli");
        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();

        production.get("users").forEach(user -> assertThat(user.has("serviceAccountClientId"))
                .as("the production realm has no user but a client's service account").isTrue());
        production.get("users").forEach(user -> assertThat(user.has("credentials")).isFalse());
        assertThat(names(production.get("clients"), "clientId")).containsExactly("etablering-web",
                "etablering-directory");
        production.get("clients").forEach(client ->
                assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse());
    }

    @Test
    void theProductionRealmResistsGuessingAndOnboardsNewUsersSafely() {
        assertThat(production.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.get("sslRequired").asText()).isEqualTo("all");
        assertThat(production.get("passwordPolicy").asText()).contains("length(12)");
        List<String> defaults = new ArrayList<>();
        production.get("requiredActions").forEach(action -> {
            if (action.get("defaultAction").asBoolean()) {
                defaults.add(action.get("alias").asText());
            }
        });
        assertThat(defaults).contains("VERIFY_EMAIL", "CONFIGURE_TOTP", "UPDATE_PASSWORD");
        assertThat(client(production, "etablering-web").get("secret").asText())
                .as("the secret comes from the environment, never from the file").isEqualTo("${ETABLERING_WEB_CLIENT_SECRET}");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.get("clients")) {
            if (client.get("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> mapperConfig(JsonNode client, String key) {
        List<String> values = new ArrayList<>();
        client.get("protocolMappers").forEach(mapper -> {
            if (mapper.at("/config").has(key)) {
                values.add(mapper.at("/config/" + key).asText());
            }
        });
        return values;
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String path) {
        try {
            return new ObjectMapper().readTree(new File(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
