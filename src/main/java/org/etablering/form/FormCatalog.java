package org.etablering.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.etablering.problem.FieldProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The Camunda Forms (form-js) schemas in {@code forms/}, keyed by their {@code id}, which user tasks
 * name as their form key. The same schema the UI renders is the one that validates submitted data.
 */
@Service
public class FormCatalog {

    private final Map<String, FormSchema> forms;

    @Autowired
    public FormCatalog(ObjectMapper json) {
        this(json, "classpath*:forms/*.form");
    }

    FormCatalog(ObjectMapper json, String pattern) {
        Map<String, FormSchema> loaded = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode schema = json.readTree(in);
                    String id = schema.path("id").asText("");
                    if (id.isBlank()) {
                        throw new IllegalStateException("Form " + resource.getFilename() + " has no id");
                    }
                    if (loaded.put(id, new FormSchema(schema)) != null) {
                        throw new IllegalStateException("Two forms have the id " + id);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the forms", e);
        }
        this.forms = Map.copyOf(loaded);
    }

    public Optional<JsonNode> schema(String formKey) {
        return Optional.ofNullable(formKey).map(forms::get).map(FormSchema::json);
    }

    /** Problems with the data against the task's form; a task without a form accepts no data. */
    public List<FieldProblem> validate(String formKey, Map<String, Object> data) {
        FormSchema form = formKey == null ? null : forms.get(formKey);
        if (form == null) {
            return data.keySet().stream().sorted()
                    .map(key -> new FieldProblem(key, "is not a field of this task")).toList();
        }
        return form.validate(data);
    }

    /** The keys and ids of the components the form's conditions hide for these answers (typed as {@link #read}). */
    public Set<String> hidden(String formKey, Map<String, Object> answers) {
        FormSchema form = formKey == null ? null : forms.get(formKey);
        return form == null ? java.util.Collections.emptySet() : form.hidden(answers);
    }

    /** The form's components in order, for a page to render; empty for a task without a form. */
    public List<FormField> fields(String formKey) {
        return schema(formKey).map(schema -> {
            List<FormField> fields = new java.util.ArrayList<>();
            schema.path("components").forEach(component -> fields.add(FormField.of(component)));
            return List.copyOf(fields);
        }).orElse(List.of());
    }

    /** What a browser posted, typed as the form's schema expects, leaving out fields left empty. */
    public Map<String, Object> read(String formKey, Map<String, List<String>> posted) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        for (FormField field : fields(formKey)) {
            if (field.isInput()) {
                Object value = field.read(posted);
                if (value != null) {
                    data.put(field.key(), value);
                }
            }
        }
        return data;
    }

    public boolean contains(String formKey) {
        return forms.containsKey(formKey);
    }
}
