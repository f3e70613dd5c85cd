package org.etablering.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The local Keycloak's admin REST API (master realm, admin/admin), for tests that need another client or realm. */
public final class KeycloakAdmin {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String baseUrl;

    /** @param issuerUri the etablering realm's issuer, from which the server's address is taken */
    public KeycloakAdmin(String issuerUri) {
        this.baseUrl = issuerUri.substring(0, issuerUri.indexOf("/realms/"));
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Creates the thing; an existing one (from an earlier test in the same run) is fine. */
    public void create(String path, Map<String, Object> representation) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(baseUrl + "/admin" + path))
                .header("Authorization", "Bearer " + adminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(representation))));
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** A token by password grant from any realm and client of this Keycloak. */
    public String passwordToken(String realm, String clientId, String username, String password) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=" + clientId
                        + "&username=" + username + "&password=" + password)));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token from " + realm + "/" + clientId + ": " + response.body());
        }
        try {
            return json.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String adminToken() {
        return passwordToken("master", "admin-cli", "admin", "admin");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
