package org.etablering.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.etablering.EtableringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another application instance beside the one under test, configured as production configures one: local mode
 * off, and the same database, engine and Keycloak as the first (each may be replaced, e.g. by a link to cut).
 */
public final class SecondInstance {

    private SecondInstance() {
    }

    public static ConfigurableApplicationContext start(Environment first, int port, Map<String, String> overrides) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", String.valueOf(port));
        settings.put("etablering.local.enabled", "false");
        settings.put("etablering.demo-data.enabled", "false");
        settings.put("spring.main.banner-mode", "off");
        for (String shared : new String[] {"spring.datasource.url", "spring.datasource.username",
                "spring.datasource.password", "camunda.client.grpc-address", "camunda.client.rest-address",
                "etablering.identity.issuer-uri", "etablering.identity.web-client-secret",
                "etablering.identity.directory-client-secret"}) {
            settings.put(shared, first.getProperty(shared));
        }
        settings.put("camunda.client.mode", "self-managed");
        settings.put("camunda.client.auth.method", "none");
        settings.put("camunda.client.prefer-rest-over-grpc", "false");
        settings.put("etablering.tasks.recheck-after", "PT1S");
        settings.put("etablering.tasks.job-lock", "PT20S");
        settings.putAll(overrides);
        // as command-line arguments, which win over application.yml as an operator's settings do
        return new SpringApplicationBuilder(EtableringApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }
}
