package org.etablering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in English, Swedish and Norwegian bokmål: no key is left to fall back to another language. */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_sv.properties", "messages_nb.properties"})
    void everyLanguageHasEveryKey(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
