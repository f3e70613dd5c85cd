package org.etablering.support;

import java.time.Duration;
import org.etablering.local.LocalStack;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of full-stack tests: the API client and real tokens, once Keycloak answers. */
public abstract class FullStackSupport {

    @LocalServerPort
    private int port;

    @Value("${etablering.identity.issuer-uri}")
    private String issuer;

    protected Api api;
    protected Tokens tokens;
    protected String issuer() {
        return issuer;
    }

    @BeforeEach
    void connect() {
        LocalStack.awaitKeycloak(Duration.ofMinutes(3));
        api = new Api(port);
        tokens = new Tokens(issuer);
    }
}
