package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.etablering.local.LocalStack;
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
 * PostgreSQL stops for a while and starts again, with the application running: the API answers a quick 503
 * problem instead of hanging, readiness is DOWN, a refused submission leaves nothing behind, a user task that
 * arrives meanwhile is retried instead of becoming an incident, and everything resumes by itself.
 */
@FullStackTest
class DatabaseOutageIT extends FullStackSupport {

    @Autowired
    private UserTaskWorker inboxWorker;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theApiAnswers503QuicklyDuringAnOutageAndEverythingResumesAfterwardsWithNothingLostOrDoubled()
            throws InterruptedException {
        String applicant = tokens.of("applicant");
        String firstLine = tokens.of("firstline");
        Inbox inbox = new Inbox(api);

        // an inquiry is acknowledged, and its triage task reaches the inbox only while the database is away
        inboxWorker.stop();
        JsonNode acknowledged = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        UUID acknowledgedId = UUID.fromString(acknowledged.get("id").asText());
        Eventually.await("the start message to reach the engine", Duration.ofSeconds(30), () -> Optional.ofNullable(
                jdbc.queryForObject("select published_at from workflow_outbox where correlation_key = ?",
                        java.sql.Timestamp.class, acknowledgedId.toString())));

        LocalStack.stopDatabase();
        String refusedCompany = "Avbruten Anslutning AB " + UUID.randomUUID();
        try {
            inboxWorker.start();
            Instant asked = Instant.now();
            Api.Response cases = api.get("/api/v1/cases", firstLine);
            Duration answeredIn = Duration.between(asked, Instant.now());
            assertThat(cases.status()).isEqualTo(503);
            assertThat(cases.contentType()).startsWith("application/problem+json");
            assertThat(cases.headers().firstValue("Retry-After")).isPresent();
            assertThat(answeredIn).as("a quick refusal, not a hung request").isLessThan(Duration.ofMillis(2500));

            Map<String, Object> inquiry = new HashMap<>(Inquiries.norrsken());
            inquiry.put("companyName", refusedCompany);
            assertThat(api.post("/api/v1/inquiries", applicant, inquiry).status()).isEqualTo(503);

            assertThat(api.get("/actuator/health/readiness", null).status()).as("not ready").isEqualTo(503);
            assertThat(api.get("/actuator/health/liveness", null).status()).as("but alive").isEqualTo(200);
            Thread.sleep(3000);
        } finally {
            LocalStack.startDatabaseAgain();
        }

        Eventually.await("readiness once the database is back", Duration.ofSeconds(60), () ->
                api.get("/actuator/health/readiness", null).status() == 200 ? Optional.of(true) : Optional.empty());
        JsonNode triage = inbox.await(firstLine, acknowledged.get("caseNumber").asText(), "Triage the inquiry");
        assertThat(inbox.tasks(firstLine, "?caseNumber=" + acknowledged.get("caseNumber").asText()))
                .as("filed once").hasSize(1);
        assertThat(triage.get("id")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from case_file where company_name = ?", Long.class,
                refusedCompany)).as("the refused submission left nothing behind").isZero();
        long processInstance = jdbc.queryForObject("select process_instance_key from task where case_id = ?",
                Long.class, acknowledgedId);
        assertThat(incidentsOf(processInstance)).as("a passing fault never becomes an incident").isZero();

        Api.Response after = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken());
        assertThat(after.status()).as("a new inquiry after the outage: " + after.body()).isEqualTo(201);
        inbox.await(firstLine, after.body().get("caseNumber").asText(), "Triage the inquiry");
    }

    private static long incidentsOf(long processInstance) {
        return LocalStack.localEngine().map(engine -> StreamSupport.stream(
                        RecordStream.of(engine.getRecordStreamSource()).incidentRecords().spliterator(), false)
                .filter(record -> record.getIntent() == IncidentIntent.CREATED)
                .filter(record -> record.getValue().getProcessInstanceKey() == processInstance).count())
                .orElseThrow();
    }
}
