package org.etablering.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.etablering.support.Api;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The engine comes back without the state the database expects — as after a wiped volume, or a restore of the
 * engine from a backup older than the database's. The test plays it by making the database remember keys far
 * beyond those the engine gives now, and by removing a case's process from the engine. The open task is then not
 * closed as if its process had ended: it is kept, flagged and refused for completion; health says the engine
 * lost its state; the administrator sees the case and restarts its process at the step it had reached.
 */
@FullStackTest
class EngineStateLossIT extends FullStackSupport {

    /** A key of partition 1 with a counter far beyond anything the test run reaches. */
    private static final long FAR_AHEAD = (1L << 51) + (1L << 50);

    private static final java.util.Map<String, Object> TRIAGED = java.util.Map.of("inquiryComplete", "yes",
            "triageNote", "Large data centre; land and power are the questions");

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CamundaClient camunda;

    @Test
    void anEngineThatLostItsStateIsDetectedTheTasksAreKeptAndTheAdministratorRestartsTheProcesses() {
        String firstLine = tokens.of("firstline");
        String admin = tokens.of("admin");
        Inbox inbox = new Inbox(api);
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String caseNumber = inquiry.get("caseNumber").asText();
        JsonNode triage = inbox.await(firstLine, caseNumber, "Triage the inquiry");
        UUID taskId = UUID.fromString(triage.get("id").asText());
        long processInstance = jdbc.queryForObject("select process_instance_key from task where id = ?", Long.class,
                taskId);

        Eventually.await("the engine's watermark", Duration.ofSeconds(60), () -> Optional.ofNullable(
                jdbc.queryForList("select message_key from engine_watermark", Long.class).stream().findFirst()
                        .orElse(null)));
        jdbc.update("update engine_watermark set message_key = ?", FAR_AHEAD);
        camunda.newCancelInstanceCommand(processInstance).send().join();

        // the reconciler reaches it within one round over every open task of the whole test run, which grows
        Eventually.await("the task flagged as lost with its process", Duration.ofSeconds(120), () -> Optional.ofNullable(
                jdbc.queryForObject("select process_lost_at from task where id = ?", java.sql.Timestamp.class, taskId)));
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, taskId))
                .as("kept open, not closed as if the process had ended").isEqualTo("OPEN");
        assertThat(api.get("/actuator/health", null).status()).as("health says so").isEqualTo(503);

        JsonNode report = api.get("/api/v1/admin/engine", admin).body();
        assertThat(report.get("lostSince").isNull()).isFalse();
        assertThat(report.get("lostTasks").findValuesAsText("caseNumber")).contains(caseNumber);

        String taskPath = "/api/v1/tasks/" + taskId;
        assertThat(api.post(taskPath + "/claim", firstLine, "").status()).isEqualTo(200);
        Api.Response refused = api.post(taskPath + "/complete", firstLine, TRIAGED);
        assertThat(refused.status()).as("a task without its process cannot be completed: " + refused.body())
                .isEqualTo(409);

        Api.Response restart = api.post("/api/v1/admin/engine/restart", admin, "");
        assertThat(restart.status()).isEqualTo(200);
        assertThat(restart.body().get("restarted").findValuesAsText("caseNumber")).contains(caseNumber);

        JsonNode again = Eventually.await("the triage task of the restarted process", Duration.ofSeconds(30),
                () -> inbox.find(firstLine, caseNumber, "Triage the inquiry")
                        .filter(task -> !task.get("id").asText().equals(taskId.toString())));
        assertThat(inbox.tasks(firstLine, "?caseNumber=" + caseNumber)).as("one open triage task").hasSize(1);
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, taskId))
                .isEqualTo("CANCELLED");
        assertThat(api.get("/api/v1/admin/engine", admin).body().get("lostSince").isNull())
                .as("the engine as it is now is accepted").isTrue();
        assertThat(again.get("id")).isNotNull();
        inbox.complete(firstLine, caseNumber, "Triage the inquiry", TRIAGED);
        Eventually.await("the restarted process to go on with what it knew", Duration.ofSeconds(30), () -> Optional.of(
                api.get("/api/v1/inquiries/" + inquiry.get("id").asText(), firstLine).body().get("status").asText())
                .filter("HANDED_OFF"::equals));
    }
}
