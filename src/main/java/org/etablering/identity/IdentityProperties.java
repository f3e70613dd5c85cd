package org.etablering.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Etablering talks to Keycloak. The issuer is the realm's public address (in tokens, used by
 * browsers); the back channel is where the application itself reaches Keycloak, if that differs.
 */
@ConfigurationProperties(prefix = "etablering.identity")
public record IdentityProperties(
        String issuerUri,
        String backChannelUri,
        @DefaultValue("etablering-api") String audience,
        @DefaultValue("etablering-web") String webClientId,
        String webClientSecret,
        @DefaultValue("etablering-directory") String directoryClientId,
        String directoryClientSecret,
        @DefaultValue("60s") Duration clockSkew) {

    public String backChannel() {
        return backChannelUri == null || backChannelUri.isBlank() ? issuerUri : backChannelUri;
    }
}
