package org.etablering.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the embedded Keycloak, by password grant on the local realm's CLI client. */
public final class Tokens {

    private record Cached(String token, Instant fetched) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String tokenEndpoint;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Tokens(String issuerUri) {
        this.tokenEndpoint = issuerUri + "/protocol/openid-connect/token";
    }

    /** A token for a demo user (their password is their user name). */
    public String of(String username) {
        Cached cached = cache.get(username);
        if (cached != null && cached.fetched().isAfter(Instant.now().minus(Duration.ofMinutes(5)))) {
            return cached.token();
        }
        String token = fetch(username, username);
        cache.put(username, new Cached(token, Instant.now()));
        return token;
    }

    private String fetch(String username, String password) {
        String form = "client_id=etablering-cli&grant_type=password&username=" + encode(username)
                + "&password=" + encode(password);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return json.readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
