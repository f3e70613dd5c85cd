package org.etablering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etablering.problem.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What an uploaded decision table must be before the engine sees it, one refusal per rule of the check. */
class DecisionTableCheckTest {

    private static final String SHIPPED = read();

    @Test
    void theShippedTablePassesAndEveryReasonItGivesIsTranslated() throws IOException {
        assertThat(DecisionTableCheck.problems(SHIPPED.getBytes(StandardCharsets.UTF_8))).isEmpty();
        Matcher reasons = Pattern.compile("<outputEntry id=\"Rule_\\d+_Out_2\">\\s*<text>\"([^\"]+)\"</text>")
                .matcher(SHIPPED);
        int found = 0;
        while (reasons.find()) {
            found++;
            for (String bundle : List.of("messages", "messages_sv", "messages_nb")) {
                assertThat(bundle(bundle).getProperty("routing.reason." + reasons.group(1)))
                        .as(bundle + " translates " + reasons.group(1)).isNotBlank();
            }
        }
        assertThat(found).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a function that does not exist      | <text>"planning"</text>              | <text>"finance"</text>                  | dmn-function-unknown
            a role that is not a literal        | <text>"planning"</text>              | <text>upper case("x")</text>            | dmn-function-unknown
            the reason output is gone           | name="reason"                        | name="why"                              | dmn-output-missing
            one answer instead of every match   | hitPolicy="COLLECT"                  | hitPolicy="FIRST"                       | dmn-hit-policy
            a sum instead of a list             | hitPolicy="COLLECT"                  | hitPolicy="COLLECT" aggregation="COUNT" | dmn-hit-policy
            an input the process does not give  | <text>landAreaSqm</text>             | <text>siteSize</text>                   | dmn-input-unknown
            a condition FEEL cannot read        | <text>&gt;= 10000</text>             | <text>&gt;= = 10000</text>              | dmn-rule-test
            an output FEEL cannot read          | <text>"large-site"</text>            | <text>"large-site</text>                | dmn-rule-output
            another decision                    | id="inquiry-routing"                 | id="inquiry-routes"                     | dmn-unknown-decision
            not a DMN model                     | https://www.omg.org/spec/DMN/20191111/MODEL/ | urn:other                       | dmn-not-dmn
            """)
    void aTableThatBreaksARuleIsRefusedNamingTheRule(String what, String from, String to, String rule) {
        String changed = SHIPPED.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThat(changed).as("the change applies").isNotEqualTo(SHIPPED);
        assertThat(DecisionTableCheck.problems(changed.getBytes(StandardCharsets.UTF_8)))
                .extracting(FieldProblem::rule).contains(rule);
    }

    @Test
    void filesThatAreNoTableAtAllAreRefusedWithoutReachingOut() {
        assertThat(rules(new byte[0])).containsExactly("dmn-empty");
        assertThat(rules(new byte[DecisionTableCheck.LARGEST + 1])).containsExactly("dmn-too-large");
        assertThat(rules("{\"json\": true}".getBytes(StandardCharsets.UTF_8))).containsExactly("dmn-not-xml");
        assertThat(rules(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<d>&x;</d>").getBytes(StandardCharsets.UTF_8))).as("no external entity").containsExactly("dmn-not-xml");
        String noRules = SHIPPED.replaceAll("(?s)<rule id=.*?</rule>", "");
        assertThat(rules(noRules.getBytes(StandardCharsets.UTF_8))).containsExactly("dmn-no-rules");
        String shortRule = SHIPPED.replaceFirst("(?s)<inputEntry id=\"Rule_1_In_4\">.*?</inputEntry>", "");
        assertThat(rules(shortRule.getBytes(StandardCharsets.UTF_8))).containsExactly("dmn-rule-shape");
    }

    private static List<String> rules(byte[] content) {
        return DecisionTableCheck.problems(content).stream().map(FieldProblem::rule).toList();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DecisionTableCheckTest.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read() {
        try {
            return Files.readString(Path.of("bpmn/inquiry-routing.dmn"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
