package org.etablering.local;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts whichever of PostgreSQL, the Zeebe engine and Keycloak is not configured as an external
 * service, before any bean exists: the Camunda client and the data source connect at creation.
 */
public class LocalEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String ENGINE_ADDRESS = "camunda.client.grpc-address";
    static final String ISSUER_URI = "etablering.identity.issuer-uri";

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        LocalSettings settings = LocalSettings.from(env);
        if (!settings.enabled()) {
            return;
        }
        Map<String, Object> local = new HashMap<>();
        if (!env.containsProperty(ISSUER_URI)) {
            // Keycloak takes longest, so it starts first and boots while the rest comes up
            LocalStack.keycloak(settings);
            local.put(ISSUER_URI, settings.issuerUri());
            local.put("etablering.identity.web-client-secret", "etablering-web-local-secret");
            local.put("etablering.identity.directory-client-secret", "etablering-directory-local-secret");
            local.put("etablering.local.keycloak.running", true);
        }
        if (!env.containsProperty(DATASOURCE_URL)) {
            local.put(DATASOURCE_URL, LocalStack.postgres(settings).jdbcUrl());
            local.put("spring.datasource.username", "postgres");
            local.put("spring.datasource.password", "postgres");
            local.put("etablering.demo-data.enabled", env.getProperty("etablering.demo-data.enabled", "true"));
        }
        if (!env.containsProperty(ENGINE_ADDRESS) && !env.containsProperty("camunda.client.cloud.cluster-id")) {
            local.put(ENGINE_ADDRESS, LocalStack.engine(settings).grpcAddress());
            local.put("camunda.client.mode", "self-managed");
            local.put("camunda.client.rest-address", "http://localhost:26599");
            local.put("camunda.client.prefer-rest-over-grpc", false);
            local.put("camunda.client.auth.method", "none");
            // The embedded engine answers every poll for jobs at once and writes it to its log (a cluster's gateway
            // holds a poll until a job comes): thirty workers polling ten times a second kept its single stream
            // processor busy with empty polls. So jobs are pushed through job streams, and polls are the fallback.
            local.put("camunda.client.worker.defaults.stream-enabled", true);
            local.put("camunda.client.worker.defaults.poll-interval", "PT1S");
        }
        if (!env.containsProperty("spring.mail.host")) {
            LocalMailServer mail = LocalStack.mail(settings);
            local.put("spring.mail.host", "127.0.0.1");
            local.put("spring.mail.port", mail.smtpPort());
            local.put("etablering.mail.base-url", env.getProperty("etablering.mail.base-url",
                    "http://localhost:" + env.getProperty("server.port", "8080")));
        }
        if (!local.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("etablering-local-stack", local));
            SpringApplication.getShutdownHandlers().add(LocalStack::stopAll);
        }
    }
}
