package org.etablering.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The forms' conditions ({@code conditional.hide}), evaluated with Camunda's FEEL engine against the answers given
 * so far, as form-js does in a browser: a hidden component is not shown, not required and not accepted. A group's
 * condition hides what is inside it. A condition that cannot be evaluated hides nothing (form-js does the same);
 * {@code FormCatalogTest} evaluates every condition of every form.
 */
final class FormConditions {

    private static final Logger log = LoggerFactory.getLogger(FormConditions.class);
    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private FormConditions() {
    }

    /** The keys (inputs) and ids (text blocks) of the components hidden for these answers. */
    static Set<String> hidden(JsonNode components, Map<String, Object> answers, Set<String> inputKeys) {
        Map<String, Object> variables = new HashMap<>();
        inputKeys.forEach(key -> variables.put(key, null));
        variables.putAll(answers);
        Set<String> hidden = new HashSet<>();
        collect(components, variables, false, hidden);
        return hidden;
    }

    private static void collect(JsonNode components, Map<String, Object> variables, boolean insideHidden,
                                Set<String> hidden) {
        for (JsonNode component : components) {
            boolean isHidden = insideHidden || hides(component, variables);
            if (isHidden) {
                if (component.hasNonNull("key")) {
                    hidden.add(component.get("key").asText());
                }
                if (component.hasNonNull("id")) {
                    hidden.add(component.get("id").asText());
                }
            }
            if (component.has("components")) {
                collect(component.get("components"), variables, isHidden, hidden);
            }
        }
    }

    static boolean hides(JsonNode component, Map<String, Object> variables) {
        String condition = component.path("conditional").path("hide").asText("");
        if (condition.isBlank()) {
            return false;
        }
        EvaluationResult result = evaluate(condition, variables);
        if (!result.isSuccess()) {
            log.warn("The condition '{}' of {} could not be evaluated: {}", condition, component.path("id").asText(),
                    result.failure().message());
            return false;
        }
        return Boolean.TRUE.equals(result.result());
    }

    static EvaluationResult evaluate(String condition, Map<String, Object> variables) {
        String expression = condition.startsWith("=") ? condition.substring(1) : condition;
        return FEEL.evaluateExpression(expression, variables);
    }
}
