package org.etablering.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.etablering.problem.FieldProblem;
import org.junit.jupiter.api.Test;

/** Validates against the real forms in {@code forms/}, the ones the process uses. */
class FormCatalogTest {

    private final FormCatalog forms = new FormCatalog(new ObjectMapper());

    @Test
    void loadsEveryFormByItsId() {
        assertThat(forms.contains("triage")).isTrue();
        assertThat(forms.contains("coordinated-meeting")).isTrue();
        assertThat(forms.schema("triage").orElseThrow().path("components").isArray()).isTrue();
    }

    @Test
    void acceptsCompleteTriageData() {
        assertThat(forms.validate("triage", Map.of("inquiryComplete", "yes", "triageNote", "Clear"))).isEmpty();
    }

    @Test
    void namesMissingUnknownAndDisallowedFields() {
        assertThat(forms.validate("triage", Map.of("triageNote", "x"))).containsExactly(
                new FieldProblem("inquiryComplete", "is required", "required", null));
        assertThat(forms.validate("triage", Map.of("inquiryComplete", "perhaps", "approved", true))).containsExactly(
                new FieldProblem("approved", "is not a field of this form", "unknown", null),
                new FieldProblem("inquiryComplete", "must be one of [yes, no]", "choice", null));
    }

    @Test
    void checksLengthsTypesDatesAndChoiceLists() {
        List<FieldProblem> problems = forms.validate("coordinated-meeting", Map.of(
                "meetingDate", "2026-13-45",
                "participatingFunctions", List.of("business", "marketing"),
                "meetingSummary", "short"));
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("meetingDate", "participatingFunctions", "meetingSummary");
        assertThat(problems.get(2).message()).isEqualTo("must be at least 10 characters");
        assertThat(problems.get(2).rule()).as("named, with its bound, for a page to translate").isEqualTo("min-length");
        assertThat(problems.get(2).limit()).isEqualTo(10);
        assertThat(forms.validate("response-to-company", Map.of("responseToCompany", 42)))
                .containsExactly(new FieldProblem("responseToCompany", "must be text", "text", null));
    }

    @Test
    void aRequiredFieldHiddenByItsConditionIsNotDemanded() {
        // "What the company must add" is required but shown only when information is missing
        assertThat(forms.validate("triage", Map.of("inquiryComplete", "yes"))).isEmpty();
    }

    @Test
    void aRequiredCheckboxMustBeTicked() throws Exception {
        FormSchema consent = new FormSchema(new ObjectMapper().readTree("""
                {"components": [{"key": "consent", "type": "checkbox", "label": "I agree",
                                 "validate": {"required": true}}]}"""));
        assertThat(consent.validate(Map.of("consent", false)))
                .containsExactly(new FieldProblem("consent", "must be checked", "checked", null));
        assertThat(consent.validate(Map.of("consent", true))).isEmpty();
    }

    @Test
    void aHandOffMayBeLeftUnticked() {
        assertThat(forms.validate("accept-handoff", Map.of("acceptHandOff", false))).as("it may be sent back").isEmpty();
    }

    @Test
    void everyUserTaskOfTheModelsHasItsForm() {
        for (String form : List.of("triage", "coordinated-meeting", "response-to-company", "follow-up",
                "accept-handoff", "late-handoff", "handoff-result")) {
            assertThat(forms.contains(form)).as(form).isTrue();
        }
    }

    @Test
    void aTaskWithoutAFormAcceptsNoData() {
        assertThat(forms.validate(null, Map.of())).isEmpty();
        assertThat(forms.validate(null, Map.of("x", 1))).containsExactly(new FieldProblem("x", "is not a field of this task"));
    }
}
