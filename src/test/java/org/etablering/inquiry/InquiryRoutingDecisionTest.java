package org.etablering.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.EvaluateDecisionResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.etablering.support.ProcessEngineTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One case per rule of {@code bpmn/inquiry-routing.dmn}, evaluated by the engine's own decision engine. */
class InquiryRoutingDecisionTest extends ProcessEngineTest {


    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            every establishment gets business        | EVENTS            | NEW        |        |      | business
            premises -> business                     | PREMISES          | NEW        |        |      | business
            land -> planning                         | LAND              | NEW        |        |      | business,planning
            permits -> planning                      | PERMITS           | EXPANSION  |        |      | business,planning
            a hectare or more -> planning            | RECRUITMENT       | RELOCATION | 10000  |      | business,planning
            under a hectare -> no planning           | RECRUITMENT       | RELOCATION | 9999   |      | business
            financing -> development                 | FINANCING         | NEW        |        |      | business,development
            large establishment -> development       | NETWORK           | LARGE      |        |      | business,development
            10 MW or more -> development             | NETWORK           | NEW        |        | 10.0 | business,development
            under 10 MW -> no development            | NETWORK           | NEW        |        | 9.9  | business
            everything at once                       | LAND;FINANCING    | LARGE      | 60000  | 40.0 | business,development,planning
            """)
    void routesToTheFunctionsTheRulesName(String rule, String needs, String type, Integer landAreaSqm,
                                          Double powerDemandMw, String expected) {
        Map<String, Object> inquiry = new HashMap<>();
        inquiry.put("needs", List.of(needs.split(";")));
        inquiry.put("establishmentType", type);
        inquiry.put("landAreaSqm", landAreaSqm);
        inquiry.put("powerDemandMw", powerDemandMw);

        EvaluateDecisionResponse result = client.newEvaluateDecisionCommand().decisionId("inquiry-routing")
                .variables(inquiry).send().join();

        Set<String> roles = new TreeSet<>();
        for (Object match : (List<?>) parse(result.getDecisionOutput())) {
            roles.add(String.valueOf(((Map<?, ?>) match).get("role")));
            assertThat(((Map<?, ?>) match).get("reason")).as("every rule says why").isNotNull();
        }
        assertThat(roles).containsExactlyElementsOf(new TreeSet<>(List.of(expected.split(","))));
    }

    private static Object parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
