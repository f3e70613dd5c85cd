package org.etablering.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LocalEnvironmentPostProcessorTest {

    private final LocalEnvironmentPostProcessor processor = new LocalEnvironmentPostProcessor();

    @Test
    void startsNothingWhenEveryComponentIsConfiguredAsExternal() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/etablering")
                .withProperty("camunda.client.grpc-address", "http://zeebe.example:26500")
                .withProperty("etablering.identity.issuer-uri", "https://id.example/realms/etablering")
                .withProperty("spring.mail.host", "smtp.example");

        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getPropertySources().contains("etablering-local-stack")).isFalse();
        assertThat(LocalStack.localEngine()).isEmpty();
        assertThat(LocalStack.mailServer()).isEmpty();
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/etablering");
    }

    @Test
    void startsNothingWhenLocalModeIsSwitchedOff() {
        MockEnvironment env = new MockEnvironment().withProperty("etablering.local.enabled", "false");

        processor.postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getPropertySources().contains("etablering-local-stack")).isFalse();
        assertThat(LocalStack.localEngine()).isEmpty();
        assertThat(env.containsProperty("spring.datasource.url")).isFalse();
    }
}
