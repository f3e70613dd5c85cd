package org.etablering.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.etablering.support.Api.Response;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large establishment asks for confidentiality: only its first-line owner, the functions it is handed
 * to and managers see it, every read is in the audit trail, and internal notes never reach the company.
 */
@FullStackTest
class ConfidentialCaseIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void onlyTheOwnerAndManagersSeeAConfidentialCaseAndEveryReadIsAudited() {
        Map<String, Object> request = Inquiries.norrsken();
        request.put("confidential", true);
        Response created = api.post("/api/v1/inquiries", tokens.of("applicant"), request);
        String id = created.body().get("id").asText();
        String caseNumber = created.body().get("caseNumber").asText();
        String path = "/api/v1/inquiries/" + id;

        assertThat(status(path, "firstline2")).as("unowned: any first-line official, to triage").isEqualTo(200);
        assertThat(status(path, "business")).as("not handed to business").isEqualTo(404);
        assertThat(status(path, "planning")).isEqualTo(404);

        String firstLine = tokens.of("firstline");
        JsonNode triage = Eventually.await("the triage task", Duration.ofSeconds(10), () -> task(firstLine, caseNumber));
        assertThat(api.post("/api/v1/tasks/" + triage.get("id").asText() + "/claim", firstLine, "").status()).isEqualTo(200);

        assertThat(status(path, "firstline")).as("the owner").isEqualTo(200);
        assertThat(status(path, "firstline2")).as("another first-line official, now that it is owned").isEqualTo(404);
        assertThat(status(path, "manager")).isEqualTo(200);
        assertThat(status(path, "applicant")).as("the company itself").isEqualTo(200);
        assertThat(status(path, "applicant2")).isEqualTo(404);
        assertThat(caseIds("firstline2")).doesNotContain(id);
        assertThat(caseIds("firstline")).contains(id);
        assertThat(api.get(path, firstLine).body().get("owner").asText()).isEqualTo("firstline");

        List<String> trail = trail(id, "manager");
        assertThat(trail).contains(
                "INQUIRY_SUBMITTED ALLOWED applicant",
                "INQUIRY_READ ALLOWED firstline2",
                "INQUIRY_READ REFUSED business",
                "TASK_CLAIMED ALLOWED firstline",
                "INQUIRY_OWNER_SET ALLOWED process",
                "INQUIRY_READ ALLOWED firstline",
                "INQUIRY_READ REFUSED firstline2",
                "INQUIRY_READ ALLOWED manager",
                "INQUIRY_READ ALLOWED applicant",
                "INQUIRY_READ REFUSED applicant2",
                "INQUIRY_LISTED ALLOWED firstline");
        assertThat(trail.indexOf("TASK_CLAIMED ALLOWED firstline")).isLessThan(trail.indexOf("INQUIRY_READ REFUSED firstline2"));
        JsonNode read = StreamSupport.stream(api.get(path + "/audit", tokens.of("manager")).body().spliterator(), false)
                .filter(entry -> entry.get("action").asText().equals("INQUIRY_READ")).findFirst().orElseThrow();
        assertThat(read.get("clientIp").asText()).isEqualTo("127.0.0.1");
        assertThat(read.get("roles").asText()).isNotBlank();
        assertThat(read.get("occurredAt").asText()).isNotBlank();
    }

    @Test
    void aPermitStartedFromAConfidentialInquiryReachesNobodyWhoMayNotSeeTheInquiryNorDoItsTasks() {
        Map<String, Object> request = Inquiries.norrsken();
        request.put("confidential", true);
        request.put("description", "Secret expansion plans for a new plant");
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), request).body();
        String caseNumber = inquiry.get("caseNumber").asText();
        String firstLine = tokens.of("firstline");
        JsonNode triage = Eventually.await("the triage task", Duration.ofSeconds(10), () -> task(firstLine, caseNumber));
        assertThat(api.post("/api/v1/tasks/" + triage.get("id").asText() + "/claim", firstLine, "").status()).isEqualTo(200);
        assertThat(task(tokens.of("firstline2"), caseNumber)).as("the owned inquiry's task, to another first-line "
                + "official").isEmpty();

        Response applied = api.post("/api/v1/permits", tokens.of("applicant"), Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB",
                "description", "A hall for the secret plant", "site", "Torvalla 1:23",
                "inquiryId", inquiry.get("id").asText()));
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(201);
        String permitId = applied.body().get("id").asText();
        String permitPath = "/api/v1/permits/" + permitId;

        assertThat(status(permitPath, "firstline")).as("the inquiry's owner").isEqualTo(200);
        assertThat(status(permitPath, "planning")).as("the function it is for").isEqualTo(200);
        assertThat(status(permitPath, "manager")).isEqualTo(200);
        assertThat(status(permitPath, "firstline2")).as("a first-line official who may not see the inquiry")
                .isEqualTo(404);
        assertThat(status(permitPath, "business")).as("a function the inquiry was not handed to").isEqualTo(404);
        for (String user : List.of("firstline2", "business")) {
            String token = tokens.of(user);
            assertThat(api.get("/api/v1/permits", token).body().toString()).as(user).doesNotContain(permitId,
                    "secret plant");
            assertThat(api.get("/api/v1/cases?limit=200", token).body().toString()).as(user)
                    .doesNotContain(permitId, "secret plant", caseNumber);
            assertThat(status("/api/v1/cases/" + permitId, user)).isEqualTo(404);
        }
        String permitNumber = applied.body().get("caseNumber").asText();
        Eventually.await("the permit's first task for planning", Duration.ofSeconds(20),
                () -> task(tokens.of("planning"), permitNumber));
        assertThat(task(tokens.of("firstline2"), permitNumber)).isEmpty();
    }

    @Test
    void theDashboardAndItsCsvShowAConfidentialCaseOnlyToManagersWhoMaySeeIt() {
        Map<String, Object> request = Inquiries.norrsken();
        request.put("confidential", true);
        request.put("companyName", "Hemlig Fabrik AB");
        String caseNumber = api.post("/api/v1/inquiries", tokens.of("applicant"), request).body().get("caseNumber")
                .asText();
        Eventually.await("the triage task", Duration.ofSeconds(10), () -> task(tokens.of("firstline"), caseNumber));

        WebBrowser ownManager = new WebBrowser();
        ownManager.submitLogin(ownManager.get(APP + "/"), "manager");
        assertThat(ownManager.get(APP + "/dashboard/cases").body()).as("the municipality's manager")
                .contains(caseNumber);
        assertThat(ownManager.get(APP + "/dashboard/cases.csv").body()).contains(caseNumber, "Hemlig Fabrik AB");

        WebBrowser otherManager = new WebBrowser();
        otherManager.submitLogin(otherManager.get(APP + "/"), "manager-no");
        for (String page : List.of("/dashboard", "/dashboard/cases", "/dashboard/cases.csv",
                "/dashboard/cases?status=IN_TRIAGE", "/dashboard/cases.csv?status=IN_TRIAGE")) {
            var answer = otherManager.get(APP + page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.body()).as("another municipality's manager, " + page)
                    .doesNotContain(caseNumber, "Hemlig Fabrik");
        }
        assertThat(api.get("/api/v1/cases?limit=200", tokens.of("manager-no")).body().toString())
                .doesNotContain(caseNumber, "Hemlig Fabrik");
    }

    @Test
    void onlyManagersOfTheMunicipalityReadTheAuditTrail() {
        String id = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken())
                .body().get("id").asText();

        assertThat(status("/api/v1/inquiries/" + id + "/audit", "manager")).isEqualTo(200);
        assertThat(status("/api/v1/inquiries/" + id + "/audit", "manager-no")).isEqualTo(404);
        assertThat(status("/api/v1/inquiries/" + id + "/audit", "firstline")).isEqualTo(403);
        assertThat(status("/api/v1/inquiries/" + id + "/audit", "applicant")).isEqualTo(403);
    }

    @Test
    void internalNotesNeverReachTheCompany() {
        String id = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken())
                .body().get("id").asText();
        String path = "/api/v1/inquiries/" + id;

        Response added = api.post(path + "/notes", tokens.of("business"), Map.of("text", "Grid capacity is tight in Torvalla"));
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.body().get("author").asText()).isEqualTo("business");

        JsonNode officialView = api.get(path, tokens.of("firstline")).body();
        assertThat(officialView.at("/notes/0/text").asText()).isEqualTo("Grid capacity is tight in Torvalla");

        Response companyView = api.get(path, tokens.of("applicant"));
        assertThat(companyView.status()).isEqualTo(200);
        assertThat(companyView.body().has("notes")).isFalse();
        assertThat(companyView.body().has("owner")).isFalse();
        assertThat(companyView.body().has("submittedBy")).isFalse();
        assertThat(companyView.body().toString()).doesNotContain("Grid capacity");
        assertThat(status(path + "/notes", "applicant")).isEqualTo(403);
        assertThat(api.post(path + "/notes", tokens.of("applicant"), Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(status(path + "/notes", "firstline-no")).as("another municipality").isEqualTo(404);
        assertThat(api.post(path + "/notes", tokens.of("business"), Map.of("text", " ")).status()).isEqualTo(400);
    }

    @Test
    void theAuditTrailCannotBeChangedOrErased() {
        api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken());

        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'someone-else'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void refusedRequestsAreAuditedToo() {
        long before = jdbc.queryForObject("select count(*) from audit_event where outcome = 'REFUSED'", Long.class);

        api.get("/api/v1/admin/outbox", tokens.of("firstline"));
        api.get("/api/v1/tasks", "not-a-token");

        List<Map<String, Object>> refusals = jdbc.queryForList(
                "select action, username, detail from audit_event where outcome = 'REFUSED' order by id desc limit 2");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where outcome = 'REFUSED'", Long.class))
                .isGreaterThanOrEqualTo(before + 2);
        assertThat(refusals).extracting(row -> row.get("action") + " " + row.get("username"))
                .containsExactlyInAnyOrder("REQUEST_REFUSED firstline", "AUTHENTICATION_FAILED anonymous");
    }

    private int status(String path, String user) {
        return api.get(path, tokens.of(user)).status();
    }

    private List<String> caseIds(String user) {
        return StreamSupport.stream(api.get("/api/v1/inquiries", tokens.of(user)).body().spliterator(), false)
                .map(c -> c.get("id").asText()).toList();
    }

    private List<String> trail(String id, String user) {
        Response audit = api.get("/api/v1/inquiries/" + id + "/audit", tokens.of(user));
        assertThat(audit.status()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        audit.body().forEach(entry -> lines.add(entry.get("action").asText() + " " + entry.get("outcome").asText()
                + " " + entry.get("username").asText()));
        return lines;
    }

    private Optional<JsonNode> task(String token, String caseNumber) {
        return StreamSupport.stream(api.get("/api/v1/tasks?caseNumber=" + caseNumber, token).body().spliterator(), false)
                .filter(task -> caseNumber.equals(task.path("caseNumber").asText()))
                .findFirst();
    }
}
