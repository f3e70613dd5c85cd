package org.etablering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the forms in {@code forms/} and every user task's name in {@code bpmn/} has its key in
 * each language, and the English one says what the model says: change a form, and this test names the
 * translations to update.
 */
class FormTranslationsTest {

    private static final Pattern PROCESS = Pattern.compile("<bpmn:process id=\"([^\"]+)\"");
    private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_sv.properties", "messages_nb.properties"})
    void everyFormTextAndTaskNameIsTranslated(String bundle) throws IOException {
        Properties texts = load(bundle);
        Map<String, String> wanted = modelTexts();

        assertThat(wanted).hasSizeGreaterThan(100);
        assertThat(wanted.keySet()).allSatisfy(key -> assertThat(texts.getProperty(key)).as(bundle + ": " + key)
                .isNotBlank());
        if (bundle.equals("messages.properties")) {
            wanted.forEach((key, english) -> assertThat(texts.getProperty(key)).as(key).isEqualTo(english));
        }
    }

    /** Each key with the English text the form or model has. */
    private static Map<String, String> modelTexts() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files("forms", ".form")) {
            JsonNode form = json.readTree(file.toFile());
            String prefix = "form." + form.get("id").asText() + ".";
            for (JsonNode component : form.get("components")) {
                if (component.path("type").asText().equals("text")) {
                    texts.put(prefix + component.get("id").asText() + ".text", component.get("text").asText());
                    continue;
                }
                String own = prefix + component.get("key").asText() + ".";
                texts.put(own + "label", component.has("label") ? component.get("label").asText()
                        : component.path("dateLabel").asText());
                if (component.has("description")) {
                    texts.put(own + "description", component.get("description").asText());
                }
                component.path("values").forEach(choice -> texts.put(own + choice.get("value").asText(),
                        choice.get("label").asText()));
            }
        }
        for (Path file : files("bpmn", ".bpmn")) {
            String model = Files.readString(file);
            Matcher process = PROCESS.matcher(model);
            assertThat(process.find()).isTrue();
            Matcher task = USER_TASK.matcher(model);
            while (task.find()) {
                texts.put("task." + process.group(1) + "." + task.group(1), task.group(2).replace("&#39;", "'"));
            }
        }
        return texts;
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> found = Files.list(Path.of(folder))) {
            return new ArrayList<>(found.filter(path -> path.toString().endsWith(suffix)).sorted().toList());
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = FormTranslationsTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
