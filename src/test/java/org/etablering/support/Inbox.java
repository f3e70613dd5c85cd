package org.etablering.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.etablering.support.Api.Response;

/** Officials' task lists as a test drives them: find a case's task by name, claim it and complete it. */
public final class Inbox {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(15);

    private final Api api;

    public Inbox(Api api) {
        this.api = api;
    }

    public List<JsonNode> tasks(String token, String query) {
        Response tasks = api.get("/api/v1/tasks" + query, token);
        assertThat(tasks.status()).as("task list " + query).isEqualTo(200);
        return StreamSupport.stream(tasks.body().spliterator(), false).toList();
    }

    public Optional<JsonNode> find(String token, String caseNumber, String taskName) {
        return tasks(token, "?caseNumber=" + caseNumber).stream()
                .filter(task -> taskName.equals(task.path("name").asText()))
                .findFirst();
    }

    public JsonNode await(String token, String caseNumber, String taskName) {
        return Eventually.await("'" + taskName + "' on " + caseNumber, ENGINE_STEP,
                () -> find(token, caseNumber, taskName));
    }

    /** Waits for the task, claims it and completes it with the data; returns the completed task. */
    public JsonNode complete(String token, String caseNumber, String taskName, Map<String, Object> data) {
        String path = "/api/v1/tasks/" + await(token, caseNumber, taskName).get("id").asText();
        assertThat(api.post(path + "/claim", token, "").status()).as("claim " + taskName).isEqualTo(200);
        Response completed = api.post(path + "/complete", token, data);
        assertThat(completed.status()).as("complete " + taskName + ": " + completed.body()).isEqualTo(200);
        return completed.body();
    }
}
