package org.etablering.form;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.etablering.problem.FieldProblem;

/**
 * One form-js schema and the server-side check of data against it: required, length, range, pattern,
 * e-mail and phone, allowed values and value types. A field its condition hides for these answers is neither
 * required nor accepted; a field it shows is checked like any other.
 */
record FormSchema(JsonNode json) {

    private static final Set<String> INPUT_TYPES = Set.of(
            "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime", "taglist");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

    List<FieldProblem> validate(Map<String, Object> data) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        collectInputs(json.path("components"), fields);
        List<FieldProblem> problems = new ArrayList<>();
        data.keySet().stream().filter(key -> !fields.containsKey(key)).sorted()
                .forEach(key -> problems.add(new FieldProblem(key, "is not a field of this form", "unknown", null)));
        Set<String> hidden = FormConditions.hidden(json.path("components"), data, fields.keySet());
        fields.forEach((key, field) -> {
            if (!hidden.contains(key)) {
                check(key, field, data.get(key), problems);
            } else if (!isEmpty(data.get(key))) {
                problems.add(new FieldProblem(key, "is not asked for with these answers", "hidden", null));
            }
        });
        return problems;
    }

    /** The components the form's conditions hide for these answers. */
    Set<String> hidden(Map<String, Object> data) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        collectInputs(json.path("components"), fields);
        return FormConditions.hidden(json.path("components"), data, fields.keySet());
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())
                || Boolean.FALSE.equals(value);
    }

    private static void collectInputs(JsonNode components, Map<String, JsonNode> fields) {
        for (JsonNode component : components) {
            if (INPUT_TYPES.contains(component.path("type").asText()) && component.hasNonNull("key")) {
                fields.put(component.get("key").asText(), component);
            }
            if (component.has("components")) {
                collectInputs(component.get("components"), fields);
            }
        }
    }

    private static void check(String key, JsonNode field, Object value, List<FieldProblem> problems) {
        JsonNode rules = field.path("validate");
        boolean empty = value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        if (empty) {
            if (rules.path("required").asBoolean(false)) {
                problems.add(new FieldProblem(key, "is required", "required", null));
            }
            return;
        }
        Broken problem = switch (field.path("type").asText()) {
            case "textfield", "textarea" -> checkText(field, rules, value);
            case "number" -> checkNumber(rules, value);
            case "checkbox" -> !(value instanceof Boolean checked) ? new Broken("boolean", "must be true or false", null)
                    : !checked && rules.path("required").asBoolean(false)
                    ? new Broken("checked", "must be checked", null) : null;
            case "radio", "select" -> checkChoice(field, value);
            case "checklist", "taglist" -> checkChoices(field, value);
            case "datetime" -> checkDateTime(field, value);
            default -> null;
        };
        if (problem != null) {
            problems.add(new FieldProblem(key, problem.message(), problem.rule(), problem.limit()));
        }
    }

    private static Broken checkText(JsonNode field, JsonNode rules, Object value) {
        if (!(value instanceof String text)) {
            return new Broken("text", "must be text", null);
        }
        if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
            return new Broken("min-length", "must be at least " + rules.get("minLength").asInt() + " characters",
                    rules.get("minLength").asInt());
        }
        if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
            return new Broken("max-length", "must be at most " + rules.get("maxLength").asInt() + " characters",
                    rules.get("maxLength").asInt());
        }
        if (rules.hasNonNull("pattern") && !matches(rules.get("pattern").asText(), text)) {
            return new Broken("pattern", "does not have the expected format", null);
        }
        String type = rules.path("validationType").asText("");
        if (type.equals("email") && !EMAIL.matcher(text).matches()) {
            return new Broken("email", "must be an e-mail address", null);
        }
        if (type.equals("phone") && !PHONE.matcher(text).matches()) {
            return new Broken("phone", "must be a phone number", null);
        }
        return null;
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("The form has an invalid pattern: " + pattern, e);
        }
    }

    private static Broken checkNumber(JsonNode rules, Object value) {
        double number;
        if (value instanceof Number n) {
            number = n.doubleValue();
        } else {
            return new Broken("number", "must be a number", null);
        }
        if (rules.has("min") && number < rules.get("min").asDouble()) {
            return new Broken("min", "must be at least " + rules.get("min").asText(), rules.get("min").numberValue());
        }
        if (rules.has("max") && number > rules.get("max").asDouble()) {
            return new Broken("max", "must be at most " + rules.get("max").asText(), rules.get("max").numberValue());
        }
        return null;
    }

    private static Broken checkChoice(JsonNode field, Object value) {
        if (!field.has("values")) {
            return null; // options come from a variable at run time
        }
        return allowed(field).contains(String.valueOf(value)) ? null
                : new Broken("choice", "must be one of " + allowed(field), null);
    }

    private static Broken checkChoices(JsonNode field, Object value) {
        if (!(value instanceof Collection<?> chosen)) {
            return new Broken("list", "must be a list", null);
        }
        if (!field.has("values")) {
            return null;
        }
        List<String> allowed = allowed(field);
        return chosen.stream().allMatch(item -> allowed.contains(String.valueOf(item)))
                ? null : new Broken("choice", "may only contain " + allowed, null);
    }

    private static List<String> allowed(JsonNode field) {
        List<String> values = new ArrayList<>();
        field.path("values").forEach(option -> values.add(option.path("value").asText()));
        return values;
    }

    /** With an offset, or as the form's date and time pickers write it, in the user's local time. */
    private static void dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime.parse(text);
        }
    }

    private static Broken checkDateTime(JsonNode field, Object value) {
        if (!(value instanceof String text)) {
            return new Broken("date", "must be a date or time written as text", null);
        }
        try {
            switch (field.path("subtype").asText("date")) {
                case "time" -> LocalTime.parse(text);
                case "datetime" -> dateTime(text);
                default -> LocalDate.parse(text);
            }
            return null;
        } catch (DateTimeParseException e) {
            return new Broken("date", "is not a valid date or time", null);
        }
    }

    /** A rule of the form that a value breaks: its name, the API's English message, and its bound if any. */
    private record Broken(String rule, String message, Object limit) {
    }
}
