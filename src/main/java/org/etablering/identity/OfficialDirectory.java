package org.etablering.identity;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.etablering.problem.ServiceUnavailableException;
import org.springframework.stereotype.Service;

/**
 * The officials in Keycloak who may work a task: members of a group that carries one of its roles (the realms give
 * roles through groups), in the municipality. Read with the directory client's service account (Keycloak's {@code view-users}), kept for a
 * minute, so that a manager reassigns only to someone who will see the task in their queue.
 */
@Service
public class OfficialDirectory {

    /** An official as the directory knows them. */
    public record Official(String username, String name, String municipality, String email) {
    }

    private static final Duration KEPT = Duration.ofMinutes(1);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OfficialDirectory.class);

    private final IdentityProperties identity;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Cached> byRole = new ConcurrentHashMap<>();
    private final Map<String, CachedAddress> addresses = new ConcurrentHashMap<>();

    private record Cached(List<Official> officials, Instant until) {
    }

    private record CachedAddress(Optional<String> email, Instant until) {
    }

    OfficialDirectory(IdentityProperties identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    /** The officials of the municipality who hold any of the roles, by user name. */
    public List<Official> withAnyRole(String municipality, Collection<String> roles) {
        Map<String, Official> found = new TreeMap<>();
        for (String role : roles) {
            for (Official official : withRole(role)) {
                if (municipality.equals(official.municipality())) {
                    found.putIfAbsent(official.username(), official);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The e-mail address of any user of the realm (an official, or a company's representative), if they have one.
     * Kept for a minute like the lists of officials, so that a batch of mail to one person asks Keycloak once.
     */
    public Optional<String> emailOf(String username) {
        CachedAddress cached = addresses.get(username);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.email();
        }
        Optional<String> email = lookUpEmail(username);
        addresses.put(username, new CachedAddress(email, Instant.now().plus(KEPT)));
        return email;
    }

    private Optional<String> lookUpEmail(String username) {
        try {
            JsonNode users = read(admin("/users?exact=true&briefRepresentation=true&username=" + encode(username)), token());
            for (JsonNode user : users) {
                if (username.equalsIgnoreCase(user.path("username").asText()) && !user.path("email").asText("").isBlank()) {
                    return Optional.of(user.path("email").asText());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new ServiceUnavailableException("directory-unavailable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("directory-unavailable", e);
        }
    }

    private List<Official> withRole(String role) {
        Cached cached = byRole.get(role);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.officials();
        }
        try {
            String token = token();
            JsonNode groups = read(admin("/groups?briefRepresentation=false&max=1000"), token);
            List<Official> officials = new ArrayList<>();
            for (JsonNode group : groups) {
                collectGroup(group, role, token, officials);
            }
            byRole.put(role, new Cached(List.copyOf(officials), Instant.now().plus(KEPT)));
            return officials;
        } catch (IOException e) {
            log.warn("Could not read the directory of officials: {}", e.getMessage());
            throw new ServiceUnavailableException("directory-unavailable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("directory-unavailable", e);
        }
    }

    private void collectGroup(JsonNode group, String role, String token, List<Official> officials)
            throws IOException, InterruptedException {
        boolean carries = false;
        for (JsonNode realmRole : group.path("realmRoles")) {
            carries |= role.equals(realmRole.asText());
        }
        if (carries) {
            read(admin("/groups/" + encode(group.path("id").asText()) + "/members?briefRepresentation=false&max=1000"),
                    token).forEach(user -> official(user).ifPresent(officials::add));
        }
        for (JsonNode sub : group.path("subGroups")) {
            collectGroup(sub, role, token, officials);
        }
    }

    private static Optional<Official> official(JsonNode user) {
        if (!user.path("enabled").asBoolean(true) || user.path("username").asText().startsWith("service-account-")) {
            return Optional.empty();
        }
        String name = (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).strip();
        return Optional.of(new Official(user.path("username").asText(), name.isEmpty() ? null : name,
                user.path("attributes").path("municipality").path(0).asText(null),
                user.path("email").asText("").isBlank() ? null : user.path("email").asText()));
    }

    private URI admin(String path) {
        URI realm = URI.create(identity.backChannel());
        String realmPath = realm.getPath();
        String realmName = realmPath.substring(realmPath.lastIndexOf('/') + 1);
        String base = realmPath.substring(0, realmPath.lastIndexOf("/realms/"));
        return realm.resolve(base + "/admin/realms/" + realmName + path);
    }

    private String token() throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((identity.directoryClientId() + ":"
                + identity.directoryClientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(identity.backChannel()
                        + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("The directory client was refused a token: " + answer.statusCode());
        }
        return json.readTree(answer.body()).path("access_token").asText();
    }

    private JsonNode read(URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("The directory answered " + answer.statusCode() + " for " + uri.getPath());
        }
        return json.readTree(answer.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
