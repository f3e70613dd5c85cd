package org.etablering.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on port 8089 with its embedded PostgreSQL, Zeebe engine and Keycloak, on
 * ports of their own so that a developer's running instance does not get in the way. Every test class
 * with this annotation shares one application context and so one Keycloak for the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        // the local realm lets the web client return to this port after sign-in
        "server.port=8089",
        // so that a real Keycloak token can be shown to expire within the test run
        "etablering.identity.clock-skew=1s",
        "etablering.local.directory=target/local-it",
        "etablering.local.keycloak.port=8181",
        "etablering.local.engine.port=26501",
        "etablering.local.mail.port=3026",
        // mail that could not be sent is tried again within the test run
        "etablering.mail.sweep=PT1S",
        "etablering.demo-data.enabled=false",
        // closed tasks are noticed within seconds, so tests need not wait a minute
        "etablering.tasks.recheck-after=PT1S",
        // a job that a crashed instance received but never filed comes back within the test run
        "etablering.tasks.job-lock=PT20S"
})
public @interface FullStackTest {
}
