package org.etablering.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Without the identity provider nobody can sign in, so the application is not healthy without it.
 * Where the application reaches Keycloak by an internal address (containers), that address is checked.
 */
@Component("identityProvider")
class IdentityProviderHealthIndicator implements HealthIndicator {

    private final URI probe;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    IdentityProviderHealthIndicator(IdentityProperties identity) {
        this.probe = URI.create(identity.backChannel() + "/.well-known/openid-configuration");
    }

    @Override
    public Health health() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200
                    ? Health.up().build()
                    : Health.down().withDetail("status", response.statusCode()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
