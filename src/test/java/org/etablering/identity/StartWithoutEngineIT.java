package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.etablering.support.Api;
import org.etablering.support.EngineLink;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.SecondInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * An instance starts while neither the engine nor Keycloak can be reached (both behind links the test has cut):
 * it comes up instead of exiting, is not ready while it waits, and becomes ready by itself once they answer.
 */
@FullStackTest
class StartWithoutEngineIT extends FullStackSupport {

    private static final int PORT = 8091;

    @Autowired
    private Environment first;

    @Test
    void anInstanceStartsWithoutEngineAndIdentityProviderAndIsReadyOnceTheyAnswer() {
        URI engine = URI.create(first.getProperty("camunda.client.grpc-address"));
        URI issuer = URI.create(first.getProperty("etablering.identity.issuer-uri"));
        try (EngineLink toEngine = new EngineLink(engine.getPort());
             EngineLink toKeycloak = new EngineLink(issuer.getPort())) {
            toEngine.cut();
            toKeycloak.cut();
            ConfigurableApplicationContext instance = SecondInstance.start(first, PORT, Map.of(
                    "camunda.client.grpc-address", "http://localhost:" + toEngine.port(),
                    "etablering.identity.back-channel-uri", "http://localhost:" + toKeycloak.port() + issuer.getPath()));
            try {
                Api api = new Api(PORT);
                Api.Response waiting = api.get("/actuator/health/readiness", null);
                assertThat(waiting.status()).as("up, but not ready: " + waiting.body()).isEqualTo(503);
                assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);

                toEngine.restore();
                toKeycloak.restore();
                JsonNode ready = Eventually.await("readiness once the engine and Keycloak answer", Duration.ofSeconds(90),
                        () -> Optional.of(api.get("/actuator/health/readiness", null))
                                .filter(answer -> answer.status() == 200).map(Api.Response::body));
                assertThat(ready.get("status").asText()).isEqualTo("UP");
            } finally {
                instance.close();
            }
        }
    }
}
