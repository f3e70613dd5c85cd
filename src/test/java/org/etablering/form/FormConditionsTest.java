package org.etablering.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.etablering.problem.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * Every condition of every form in {@code forms/}, evaluated by the server as form-js would in the browser: what each
 * answer shows and hides, that a shown field is required where the form says so, and that a hidden field's value is
 * refused. A new condition without a case here fails {@link #everyConditionOfEveryFormIsCoveredHere()}.
 */
class FormConditionsTest {

    private final FormCatalog forms = new FormCatalog(new ObjectMapper());

    /** A case: a form, the answers, and which of the conditioned fields are then shown. */
    private record Case(String form, Map<String, Object> answers, Set<String> shown) {
    }

    private static final List<Case> CASES = List.of(
            new Case("accept-handoff", Map.of("acceptHandOff", true), Set.of()),
            new Case("accept-handoff", Map.of("acceptHandOff", false), Set.of("sendBackReason")),
            new Case("document-request", Map.of("requestAnswer", "RELEASED"), Set.of()),
            new Case("document-request", Map.of("requestAnswer", "RELEASED_IN_PART"), Set.of("refusalGround")),
            new Case("document-request", Map.of("requestAnswer", "REFUSED"), Set.of("refusalGround")),
            new Case("document-request", Map.of(), Set.of()),
            new Case("land-negotiation", Map.of("negotiationResult", "TERMS_AGREED"), Set.of("agreedPricePerSqm", "agreedTerms")),
            new Case("land-negotiation", Map.of("negotiationResult", "NEGOTIATION_FAILED"), Set.of("negotiationNotes")),
            new Case("land-negotiation", Map.of(), Set.of()),
            new Case("land-offer", Map.of("offerDecision", "OFFER"),
                    Set.of("parcelDesignation", "pricePerSqm", "offerTerms", "offerValidDays")),
            new Case("land-offer", Map.of("offerDecision", "NO_SUITABLE_PARCEL"), Set.of("noParcelExplanation")),
            new Case("land-offer", Map.of(), Set.of()),
            new Case("permit-completeness", Map.of("applicationComplete", "no"), Set.of("missingInformation")),
            new Case("permit-completeness", Map.of("applicationComplete", "yes"), Set.of()),
            new Case("permit-decision", Map.of("decisionOutcome", "APPROVED_WITH_CONDITIONS"), Set.of("conditions")),
            new Case("permit-decision", Map.of("decisionOutcome", "REJECTED"), Set.of()),
            new Case("triage", Map.of("inquiryComplete", "no"), Set.of("missingInformation")),
            new Case("triage", Map.of("inquiryComplete", "yes"), Set.of("routingAdd", "routingRemove")),
            new Case("triage", Map.of("inquiryComplete", "yes", "routingAdd", List.of("planning")),
                    Set.of("routingAdd", "routingRemove", "routingReason")),
            new Case("triage", Map.of("inquiryComplete", "yes", "routingRemove", List.of("business")),
                    Set.of("routingAdd", "routingRemove", "routingReason")));

    @Test
    void eachAnswerShowsAndHidesWhatTheFormSays() {
        for (Case example : CASES) {
            Set<String> hidden = forms.hidden(example.form(), example.answers());
            Set<String> conditioned = conditioned(example.form());
            Set<String> shown = new TreeSet<>(conditioned);
            shown.removeAll(hidden);
            assertThat(shown).as("%s with %s", example.form(), example.answers()).isEqualTo(new TreeSet<>(example.shown()));
        }
    }

    @Test
    void everyConditionOfEveryFormIsCoveredHere() {
        for (String form : List.of("accept-handoff", "document-request", "land-negotiation", "land-offer", "permit-completeness",
                "permit-decision", "triage")) {
            Set<String> covered = new TreeSet<>();
            CASES.stream().filter(example -> example.form().equals(form)).forEach(example -> covered.addAll(example.shown()));
            assertThat(covered).as("every conditioned field of %s is shown by some case", form)
                    .isEqualTo(conditioned(form));
        }
        Set<String> withConditions = new TreeSet<>();
        for (String form : allForms()) {
            if (!conditioned(form).isEmpty()) {
                withConditions.add(form);
            }
        }
        assertThat(withConditions).as("forms with conditions").containsExactlyInAnyOrder("accept-handoff",
                "document-request", "land-negotiation", "land-offer", "permit-completeness", "permit-decision", "triage");
    }

    @Test
    void aShownFieldIsRequiredWhereTheFormSaysAndAHiddenOneIsRefused() {
        assertThat(rules(forms.validate("triage", Map.of("inquiryComplete", "no", "triageNote", "Thin"))))
                .as("what the company must complete, once asked").contains("missingInformation:required");
        assertThat(rules(forms.validate("triage", Map.of("inquiryComplete", "yes", "triageNote", "Clear",
                "missingInformation", "Nothing"))))
                .as("a hidden field's value is refused").contains("missingInformation:hidden");
        assertThat(rules(forms.validate("permit-decision", Map.of("decisionOutcome", "APPROVED_WITH_CONDITIONS",
                "legalBasis", "PBL 9:30", "reasoning", "Fits")))).contains("conditions:required");
        assertThat(rules(forms.validate("permit-decision", Map.of("decisionOutcome", "APPROVED",
                "legalBasis", "PBL 9:30", "reasoning", "Fits")))).doesNotContain("conditions:required");
        assertThat(rules(forms.validate("land-offer", Map.of("offerDecision", "NO_SUITABLE_PARCEL"))))
                .as("why no land can be offered goes to the company").contains("noParcelExplanation:required");
        assertThat(rules(forms.validate("land-offer", Map.of("offerDecision", "NO_SUITABLE_PARCEL",
                "noParcelExplanation", "None free", "offerTerms", "Sneaked in")))).contains("offerTerms:hidden");
    }

    @Test
    void everyConditionIsValidFeel() {
        for (String form : allForms()) {
            walk(forms.schema(form).orElseThrow().path("components"), component -> {
                String condition = component.path("conditional").path("hide").asText("");
                if (!condition.isBlank()) {
                    Map<String, Object> none = new HashMap<>();
                    assertThat(FormConditions.evaluate(condition, none).isSuccess())
                            .as("%s: %s", form, condition).isTrue();
                }
            });
        }
    }

    private Set<String> conditioned(String form) {
        Set<String> keys = new TreeSet<>();
        walk(forms.schema(form).orElseThrow().path("components"), component -> {
            if (component.has("conditional") && component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
        });
        return keys;
    }

    private static List<String> allForms() {
        List<String> ids = new ArrayList<>();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            files.filter(file -> file.toString().endsWith(".form"))
                    .forEach(file -> ids.add(file.getFileName().toString().replace(".form", "")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ids;
    }

    private static void walk(JsonNode components, java.util.function.Consumer<JsonNode> visit) {
        for (JsonNode component : components) {
            visit.accept(component);
            if (component.has("components")) {
                walk(component.get("components"), visit);
            }
        }
    }

    private static List<String> rules(List<FieldProblem> problems) {
        return problems.stream().map(problem -> problem.field() + ":" + problem.rule()).toList();
    }
}
