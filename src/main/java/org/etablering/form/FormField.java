package org.etablering.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One component of a form-js schema, as a server-rendered page shows it: a text block or an input with
 * its label, help text, rules and choices.
 */
public record FormField(String id, String type, String key, String label, String description, String text, boolean required,
                        String subtype, List<Choice> choices, Double min, Double max, Integer maxLength) {

    public record Choice(String label, String value) {
    }

    static FormField of(JsonNode component) {
        JsonNode rules = component.path("validate");
        List<Choice> choices = new ArrayList<>();
        component.path("values").forEach(option -> choices.add(new Choice(option.path("label").asText(),
                option.path("value").asText())));
        String label = component.hasNonNull("label") ? component.get("label").asText()
                : component.path("dateLabel").asText(null);
        return new FormField(component.path("id").asText(null), component.path("type").asText(),
                component.path("key").asText(null), label,
                component.path("description").asText(null), component.path("text").asText(null),
                rules.path("required").asBoolean(false), component.path("subtype").asText("date"), List.copyOf(choices),
                rules.has("min") ? rules.get("min").asDouble() : null, rules.has("max") ? rules.get("max").asDouble() : null,
                rules.has("maxLength") ? rules.get("maxLength").asInt() : null);
    }

    /**
     * The field in another language: each text is looked up as {@code form.<form>.<key>.label},
     * {@code .description} and {@code .<choice value>}, a text block as {@code form.<form>.<id>.text}; what is
     * not found stays as the form file has it.
     */
    public FormField translated(String formId, Function<String, String> lookup) {
        String prefix = "form." + formId + ".";
        String own = prefix + ("text".equals(type) ? id : key) + ".";
        List<Choice> translatedChoices = choices.stream()
                .map(choice -> new Choice(or(lookup.apply(own + choice.value()), choice.label()), choice.value())).toList();
        return new FormField(id, type, key, or(lookup.apply(own + "label"), label),
                description == null ? null : or(lookup.apply(own + "description"), description),
                text == null ? null : or(lookup.apply(own + "text"), text), required, subtype, translatedChoices, min, max,
                maxLength);
    }

    private static String or(String translation, String original) {
        return translation == null ? original : translation;
    }

    public boolean isInput() {
        return key != null && !"text".equals(type);
    }

    /** The form's text block: its first line is a Markdown heading, the rest plain text. */
    public String heading() {
        return text == null || !text.startsWith("#") ? null : text.lines().findFirst().orElse("").replaceFirst("^#+\\s*", "");
    }

    public String body() {
        if (text == null) {
            return null;
        }
        return heading() == null ? text : text.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** What a browser posted for this field, as the value the form's schema expects; null when left empty. */
    Object read(Map<String, List<String>> posted) {
        List<String> values = posted.getOrDefault(key, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
        return switch (type) {
            case "checkbox" -> values.contains("true");
            case "checklist", "taglist" -> values.isEmpty() ? null : values;
            case "number" -> values.isEmpty() ? null : number(values.get(0));
            default -> values.isEmpty() ? null : values.get(0);
        };
    }

    private static Object number(String text) {
        String plain = text.strip().replace(',', '.').replace(" ", "");
        try {
            return plain.contains(".") ? (Object) Double.valueOf(plain) : (Object) Long.valueOf(plain);
        } catch (NumberFormatException notANumber) {
            return text; // the schema check reports it as not a number
        }
    }
}
