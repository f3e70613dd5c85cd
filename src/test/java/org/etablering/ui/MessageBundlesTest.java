package org.etablering.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text exists in English, Swedish and Norwegian bokmål: no key is left to fall back to another language, no
 * text a company receives is left in English, and no template shows words of its own instead of a bundle's.
 */
class MessageBundlesTest {

    /** What a company reads (letters, mails, refusals, form problems) must be translated, not copied. */
    private static final List<String> TO_COMPANIES = List.of("letter.", "mail.", "refusal.", "form.problem.",
            "portal.", "routing.reason.");
    /** Words that are the same in the three languages. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("Status", "Version", "Kommentar", "Konflikt", "e-post",
            "Organisation", "Etablering", "MW", "m²", "OK", "Send");
    /** The language menu names each language in that language, on purpose. */
    private static final Set<String> OWN_NAMES = Set.of("Svenska", "Norsk", "English");

    @ParameterizedTest
    @ValueSource(strings = {"messages_sv.properties", "messages_nb.properties"})
    void everyLanguageHasEveryKey(String bundle) throws IOException {
        assertThat(load(bundle).stringPropertyNames()).isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_sv.properties", "messages_nb.properties"})
    void whatACompanyReadsIsTranslatedNotCopied(String bundle) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load(bundle);
        List<String> copied = english.stringPropertyNames().stream()
                .filter(key -> TO_COMPANIES.stream().anyMatch(key::startsWith))
                .filter(key -> english.getProperty(key).chars().filter(Character::isLetter).count() > 3)
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> !SAME_EVERYWHERE.contains(english.getProperty(key).strip()))
                .sorted().toList();
        assertThat(copied).as("texts for companies left in English in " + bundle).isEmpty();
    }

    @Test
    void noTemplateShowsWordsOfItsOwn() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
                literals.addAll(TemplateLiterals.of(template));
            }
        }
        assertThat(literals).as("user-visible words written into a template instead of taken from the bundles")
                .isEmpty();
    }

    /** Text and labelling attributes that Thymeleaf leaves as written, i.e. that a user sees as they stand. */
    static final class TemplateLiterals extends AbstractMarkupHandler {

        private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
                "link", "meta", "source", "track", "wbr");
        private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
                "th:remove", "th:errors");
        private static final Set<String> LABELS = Set.of("aria-label", "placeholder", "title", "alt", "value");

        private final Path template;
        private final List<String> found = new ArrayList<>();
        private final Deque<String> names = new ArrayDeque<>();
        private final Deque<Boolean> generated = new ArrayDeque<>();
        private String element;
        private boolean replacing;
        private final List<String[]> attributes = new ArrayList<>();

        private TemplateLiterals(Path template) {
            this.template = template;
        }

        static List<String> of(Path template) throws IOException {
            TemplateLiterals handler = new TemplateLiterals(template);
            try {
                new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(Files.readString(template), handler);
            } catch (ParseException unreadable) {
                throw new IOException(template + " cannot be parsed", unreadable);
            }
            return handler.found;
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(new String(buffer, offset, len));
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
                                                 int col) {
            start(new String(buffer, offset, len));
        }

        private void start(String name) {
            element = name;
            replacing = false;
            attributes.clear();
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
                                    int valueContentOffset, int valueContentLen, int valueOuterOffset,
                                    int valueOuterLen, int valueLine, int valueCol) {
            String name = new String(buffer, nameOffset, nameLen);
            // a page's root is replaced by the layout, which shows the page's fragments: those are not generated
            replacing |= REPLACING.contains(name) && !"html".equalsIgnoreCase(element);
            attributes.add(new String[] {name, new String(buffer, valueContentOffset, valueContentLen),
                    String.valueOf(nameLine)});
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            checkAttributes();
            if (!VOID.contains(element.toLowerCase())) {
                boolean parentGenerated = !generated.isEmpty() && generated.peek();
                names.push(element);
                generated.push(parentGenerated || replacing || "script".equals(element) || "style".equals(element));
            }
        }

        @Override
        public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
                                               int col) {
            checkAttributes();
        }

        private void checkAttributes() {
            if (!generated.isEmpty() && generated.peek()) {
                return;
            }
            for (String[] attribute : attributes) {
                String name = attribute[0];
                boolean overridden = attributes.stream().anyMatch(other -> other[0].equals("th:" + name)
                        || other[0].equals("th:attr") && other[1].contains(name + "="));
                if (LABELS.contains(name) && !overridden && !("value".equals(name) && !isButton())
                        && words(attribute[1])) {
                    found.add(template.getFileName() + ":" + attribute[2] + " " + name + "=\"" + attribute[1] + "\"");
                }
            }
        }

        /** Only an input button shows its value; a button element shows its content. */
        private boolean isButton() {
            return "input".equalsIgnoreCase(element) && attributes.stream().anyMatch(a -> a[0].equals("type")
                    && (a[1].equals("submit") || a[1].equals("button") || a[1].equals("reset")));
        }

        @Override
        public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
            String name = new String(buffer, offset, len);
            while (!names.isEmpty()) {
                generated.pop();
                if (names.pop().equalsIgnoreCase(name)) {
                    break;
                }
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len).strip();
            if ((generated.isEmpty() || !generated.peek()) && words(text) && !OWN_NAMES.contains(text)) {
                found.add(template.getFileName() + ":" + line + " \"" + text + "\"");
            }
        }

        /** Two letters or more in a row: a word, not punctuation, a dash or a unit. */
        private static boolean words(String text) {
            return !text.contains("${") && !text.contains("#{") && !text.contains("*{")
                    && text.matches("(?s).*\\p{L}\\p{L}.*") && !SAME_EVERYWHERE.contains(text);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
