package org.etablering.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.etablering.cases.CaseKind;
import org.etablering.document.DocumentKind;
import org.etablering.message.MessageKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of document a case can hold has its register title in every language. */
class RegisterTitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_sv.properties", "messages_nb.properties"})
    void everyKindOfDocumentHasATitle(String bundle) throws IOException {
        Properties texts = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new java.util.ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            keys.add("register.title.received." + kind.name());
        }
        for (MessageKind kind : MessageKind.values()) {
            keys.add("register.title.message." + kind.name());
        }
        for (DocumentKind kind : DocumentKind.values()) {
            keys.add("register.title.document." + kind.name());
        }
        assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + ": " + key).isNotBlank());
    }
}
