package org.etablering.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.etablering.support.Api.Response;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The thin slice over HTTP with real tokens: a company submits, the first-line service sees the triage
 * task, claims and completes it, and the case moves on. Runs on the real PostgreSQL, engine and Keycloak.
 */
@FullStackTest
class InquirySliceIT extends FullStackSupport {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(10);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void companySubmitsAndFirstLineTriagesTheInquiry() {
        Response created = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken());

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        String caseNumber = created.body().get("caseNumber").asText();
        assertThat(caseNumber).matches("ETB-\\d{4}-\\d{6}");
        assertThat(created.body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/inquiries/" + id);

        String firstLine = tokens.of("firstline");
        JsonNode triage = Eventually.await("the triage task of " + caseNumber, ENGINE_STEP,
                () -> openTask(firstLine, caseNumber));
        assertThat(triage.get("name").asText()).isEqualTo("Triage the inquiry");
        assertThat(triage.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("first-line");
        assertThat(triage.hasNonNull("dueAt")).isTrue();
        assertThat(openTask(tokens.of("business"), caseNumber)).as("another function's inbox").isEmpty();
        assertThat(openTask(tokens.of("firstline-no"), caseNumber)).as("another municipality's inbox").isEmpty();
        assertThat(api.get("/api/v1/tasks", tokens.of("applicant")).status()).isEqualTo(403);

        String taskPath = "/api/v1/tasks/" + triage.get("id").asText();
        Response detail = api.get(taskPath, firstLine);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body().at("/form/id").asText()).isEqualTo("triage");
        assertThat(detail.body().at("/form/components").isArray()).isTrue();

        assertThat(api.post(taskPath + "/claim", firstLine, "").status()).isEqualTo(200);
        Response completed = api.post(taskPath + "/complete", firstLine,
                Map.of("inquiryComplete", "yes", "triageNote", "Clear request, meeting next"));
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.body().get("state").asText()).isEqualTo("COMPLETED");
        assertThat(completed.body().get("completedBy").asText()).isEqualTo("firstline");

        JsonNode moved = Eventually.await("the case to be handed off", ENGINE_STEP, () -> {
            JsonNode inquiry = api.get("/api/v1/inquiries/" + id, tokens.of("applicant")).body();
            return "HANDED_OFF".equals(inquiry.path("status").asText()) ? Optional.of(inquiry) : Optional.empty();
        });
        assertThat(moved.get("caseNumber").asText()).isEqualTo(caseNumber);
        JsonNode planningHandOff = Eventually.await("the planning function's hand-off", ENGINE_STEP,
                () -> openTask(tokens.of("planning"), caseNumber));
        assertThat(planningHandOff.get("name").asText()).isEqualTo("Accept the hand-off");
        assertThat(api.get(taskPath, firstLine).body().get("state").asText()).isEqualTo("COMPLETED");
        assertThat(api.post(taskPath + "/complete", firstLine, Map.of("inquiryComplete", "yes")).status())
                .as("a completed task cannot be completed again").isEqualTo(409);
    }

    @Test
    void eachCallerSeesOnlyTheCasesTheyMay() {
        String id = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body().get("id").asText();

        assertThat(caseIds(api.get("/api/v1/inquiries", tokens.of("applicant")))).contains(id);
        assertThat(caseIds(api.get("/api/v1/inquiries", tokens.of("firstline")))).contains(id);
        assertThat(caseIds(api.get("/api/v1/inquiries", tokens.of("applicant2")))).doesNotContain(id);
        assertThat(caseIds(api.get("/api/v1/inquiries", tokens.of("firstline-no")))).doesNotContain(id);

        assertThat(api.get("/api/v1/inquiries/" + id, tokens.of("applicant2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/inquiries/" + id, tokens.of("firstline-no")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/inquiries/" + id, tokens.of("business")).status()).isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithAProblemAndChangesNothing() {
        String applicant = tokens.of("applicant");
        long cases = count("inquiry");
        long messages = count("workflow_outbox");

        Response malformed = api.post("/api/v1/inquiries", applicant, "{\"companyName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        Response missing = api.post("/api/v1/inquiries", applicant, Map.of("companyName", "Norrsken Data AB"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing)).contains("orgNumber", "country", "contactEmail", "establishmentType", "needs");

        Map<String, Object> badLuhn = Inquiries.norrsken();
        badLuhn.put("orgNumber", "559900-0007");
        assertThat(fields(api.post("/api/v1/inquiries", applicant, badLuhn))).containsExactly("orgNumber");

        Map<String, Object> badMod11 = Inquiries.norrsken();
        badMod11.put("country", "NO");
        badMod11.put("orgNumber", "923456784");
        assertThat(fields(api.post("/api/v1/inquiries", tokens.of("applicant-no"), badMod11))).containsExactly("orgNumber");

        Map<String, Object> unknownNeed = Inquiries.norrsken();
        unknownNeed.put("needs", List.of("LAND", "SPACESHIP"));
        assertThat(fields(api.post("/api/v1/inquiries", applicant, unknownNeed))).containsExactly("needs[1]");

        assertThat(count("inquiry")).isEqualTo(cases);
        assertThat(count("workflow_outbox")).isEqualTo(messages);
    }

    @Test
    void anApplicantCannotSubmitForAnotherCompany() {
        long cases = count("inquiry");
        Map<String, Object> forFjallvind = Inquiries.norrsken();
        forFjallvind.put("orgNumber", "556600-1235");

        Response refused = api.post("/api/v1/inquiries", tokens.of("applicant"), forFjallvind);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(count("inquiry")).isEqualTo(cases);
        assertThat(api.post("/api/v1/inquiries", tokens.of("firstline"), Inquiries.norrsken()).status())
                .as("officials do not submit inquiries").isEqualTo(403);
    }

    @Test
    void invalidTaskDataKeepsTheTaskOpenAndTheProcessWhereItWas() {
        String caseNumber = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken())
                .body().get("caseNumber").asText();
        String firstLine = tokens.of("firstline");
        String taskPath = "/api/v1/tasks/" + Eventually.await("the triage task", ENGINE_STEP,
                () -> openTask(firstLine, caseNumber)).get("id").asText();
        api.post(taskPath + "/claim", firstLine, "");

        Response invalid = api.post(taskPath + "/complete", firstLine, Map.of("inquiryComplete", "perhaps"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("inquiryComplete");
        assertThat(api.get(taskPath, firstLine).body().get("state").asText()).isEqualTo("OPEN");
        assertThat(api.post(taskPath + "/complete", firstLine, Map.of("inquiryComplete", "yes")).status())
                .as("the job is still waiting in the engine").isEqualTo(200);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorised() {
        assertThat(api.get("/api/v1/inquiries", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tasks", "not-a-token").status()).isEqualTo(401);
        String forged = tokens.of("firstline");
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(api.get("/api/v1/tasks", tampered).status()).isEqualTo(401);
        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body().at("/paths").has("/api/v1/inquiries")).isTrue();
    }

    private Optional<JsonNode> openTask(String token, String caseNumber) {
        Response tasks = api.get("/api/v1/tasks?caseNumber=" + caseNumber, token);
        assertThat(tasks.status()).isEqualTo(200);
        return StreamSupport.stream(tasks.body().spliterator(), false)
                .filter(task -> caseNumber.equals(task.path("caseNumber").asText()))
                .findFirst();
    }

    private static List<String> caseIds(Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.body().spliterator(), false).map(c -> c.get("id").asText()).toList();
    }

    private static List<String> fields(Response problem) {
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        return StreamSupport.stream(problem.body().get("errors").spliterator(), false)
                .map(error -> error.get("field").asText()).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
