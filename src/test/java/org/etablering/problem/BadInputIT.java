package org.etablering.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.RawHttp;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input to every write endpoint and to page forms: NUL and other control characters, halves of
 * surrogate pairs, dates and numbers beyond any column, lists with empty items, odd headers. Every one is
 * refused with a 4xx (a problem for the API, the localized page for the web), never a 5xx, and a refused
 * request changes nothing: no row and no process step.
 */
@FullStackTest
class BadInputIT extends FullStackSupport {

    /** As sent: a lone half of a surrogate pair cannot be encoded by a client, only escaped in JSON (below). */
    private static final List<String> HOSTILE_TEXT = List.of("a\u0000b", "\u0007bell", "\u009bC1",
            "+999999999-01-01", "999999999-12-31");
    private static final List<String> HOSTILE_NUMBERS = List.of("1e-99999", "1e999999", "-1e400",
            "123456789012345678901234567890");

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyWriteEndpointRefusesHostileInputWithA4xxProblemAndChangesNothing() throws Exception {
        String applicant = tokens.of("applicant");
        String firstLine = tokens.of("firstline");
        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String inquiryId = inquiry.get("id").asText();
        JsonNode triage = new Inbox(api).await(firstLine, inquiry.get("caseNumber").asText(), "Triage the inquiry");
        String task = "/api/v1/tasks/" + triage.get("id").asText();
        assertThat(api.post(task + "/claim", firstLine, "").status()).isEqualTo(200);
        Map<String, Long> before = counts();

        List<String> answers = new ArrayList<>();
        for (String text : HOSTILE_TEXT) {
            refused(answers, "POST /api/v1/inquiries companyName", api.post("/api/v1/inquiries", applicant,
                    with(Inquiries.norrsken(), "companyName", text)));
            refused(answers, "POST /api/v1/inquiries plannedStart", api.post("/api/v1/inquiries", applicant,
                    with(Inquiries.norrsken(), "plannedStart", text)));
            refused(answers, "POST notes", api.post("/api/v1/inquiries/" + inquiryId + "/notes", firstLine,
                    Map.of("text", text)));
            refused(answers, "POST messages (JSON)", api.post("/api/v1/inquiries/" + inquiryId + "/messages", applicant,
                    Map.of("text", text)));
            refused(answers, "POST messages (multipart)", api.postMultipart("/api/v1/inquiries/" + inquiryId
                    + "/messages", applicant, Map.of("text", text), List.of()));
            refused(answers, "POST complete", api.post(task + "/complete", firstLine,
                    Map.of("inquiryComplete", "yes", "triageNote", text)));
            refused(answers, "POST assign", api.post(task + "/assign", tokens.of("manager"), Map.of("assignee", text)));
            refused(answers, "POST permits", api.post("/api/v1/permits", applicant, Map.of("permitType",
                    "building-permit-se", "companyName", "Norrsken Data AB", "description", text, "site", "Torvalla")));
            refused(answers, "POST land-requests", api.post("/api/v1/land-requests", applicant, Map.of("companyName",
                    "Norrsken Data AB", "purpose", text, "minimumSizeSqm", 1000)));
            refused(answers, "POST parcels", api.post("/api/v1/parcels", tokens.of("admin"), Map.of("designation", text)));
            refused(answers, "GET cases ?q", api.get("/api/v1/cases?q=" + WebBrowser.encode(text), firstLine));
            refused(answers, "GET cases ?openedFrom", api.get("/api/v1/cases?openedFrom="
                    + WebBrowser.encode(text), firstLine));
        }
        for (String number : HOSTILE_NUMBERS) {
            String body = json.writeValueAsString(Inquiries.norrsken())
                    .replace("\"powerDemandMw\":40.0", "\"powerDemandMw\":" + number);
            refused(answers, "POST /api/v1/inquiries powerDemandMw " + number,
                    api.postText("/api/v1/inquiries", applicant, "application/json", body));
            refused(answers, "POST land-requests minimumSizeSqm " + number, api.postText("/api/v1/land-requests",
                    applicant, "application/json", "{\"companyName\":\"Norrsken Data AB\",\"purpose\":\"A hall\","
                            + "\"minimumSizeSqm\":" + number + "}"));
        }
        refused(answers, "an escaped half of a surrogate pair", api.postText("/api/v1/inquiries/" + inquiryId + "/notes",
                firstLine, "application/json", "{\"text\": \"half \\ud800 pair\"}"));
        refused(answers, "an escaped NUL in a field name", api.postText(task + "/complete", firstLine,
                "application/json", "{\"inquiryComplete\": \"yes\", \"triage\\u0000Note\": \"x\"}"));
        refused(answers, "a list with an empty item", api.post("/api/v1/inquiries", applicant,
                with(Inquiries.norrsken(), "needs", java.util.Arrays.asList("LAND", null))));
        String nonAscii = RawHttp.post(8089, "/api/v1/inquiries", applicant, "application/json",
                json.writeValueAsString(Inquiries.norrsken()), "Idempotency-Key: nyckel-\u00e5\u00e4\u00f6");
        if (!nonAscii.startsWith("HTTP/1.1 400")) {
            answers.add("a non-ASCII Idempotency-Key: " + nonAscii.lines().findFirst().orElse(""));
        }
        refused(answers, "GET cases ?limit huge", api.get("/api/v1/cases?limit=99999999999999999999", firstLine));

        assertThat(answers).as("every refusal a 4xx problem").isEmpty();
        assertThat(counts()).as("nothing was stored").isEqualTo(before);
        JsonNode stillOpen = api.get(task, firstLine).body();
        assertThat(stillOpen.get("state").asText()).as("the refused completion did not move the case on")
                .isEqualTo("OPEN");
        assertThat(api.get("/api/v1/inquiries/" + inquiryId, firstLine).body().get("status").asText())
                .isEqualTo("IN_TRIAGE");
    }

    @Test
    void oddHeadersNeverGiveA5xx() {
        String firstLine = tokens.of("firstline");
        Response forged = api.post("/api/v1/inquiries/" + UUID.randomUUID() + "/notes", firstLine, Map.of("text", "x"),
                Map.of("X-Forwarded-For", "<script>alert(1)</script>, " + "9".repeat(300)));
        assertThat(forged.status()).isEqualTo(404);
        String longHeader = RawHttp.post(8089, "/api/v1/inquiries/" + UUID.randomUUID() + "/notes", firstLine,
                "application/json", "{\"text\": \"x\"}", "X-Padding: " + "x".repeat(20_000));
        assertThat(longHeader).as("an over-long header").startsWith("HTTP/1.1 400")
                .containsIgnoringCase("Content-Type: application/problem+json");
        String longPageHeader = RawHttp.get(8089, "/portal", "X-Padding: " + "x".repeat(20_000));
        assertThat(longPageHeader).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
                .contains("<html").doesNotContain("Tomcat");
        assertThat(RawHttp.get(8089, "/error", "Accept-Language: sv")).as("/error asked for directly")
                .startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: text/html").contains("id=\"problem\"");
        assertThat(api.get("/api/v1/no-such-thing", firstLine).contentType()).startsWith("application/problem+json");
    }

    @Test
    void pageFormsRefuseHostileInputWithTheLocalizedPage() {
        WebBrowser company = new WebBrowser();
        company.submitLogin(company.get("http://localhost:8089/"), "applicant");
        String csrf = WebBrowser.csrf(company.get("http://localhost:8089/portal/inquiries/new").body());
        HttpResponse<String> refused = company.post("http://localhost:8089/portal/inquiries/new",
                "_csrf=" + WebBrowser.encode(csrf) + "&step=1&companyName=" + WebBrowser.encode("a\u0000b"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"problem\"", "Det gick inte");

        Map<String, Object> markup = new HashMap<>(Inquiries.norrsken());
        markup.put("description", "<b>bold</b> <script>alert(1)</script> {0} ${7*7} #{x} [[${y}]] __${z}__ 'quoted'");
        JsonNode created = api.post("/api/v1/inquiries", tokens.of("applicant"), markup).body();
        String caseId = created.get("id").asText();
        api.post("/api/v1/inquiries/" + caseId + "/notes", tokens.of("firstline"), Map.of("text", "<i>note</i> {1}"));
        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get("http://localhost:8089/"), "firstline");
        HttpResponse<String> casePage = official.get("http://localhost:8089/inbox/cases/" + caseId);
        assertThat(casePage.statusCode()).as("a case whose text holds markup, with a note").isEqualTo(200);
        assertThat(casePage.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "${7*7}", "&lt;i&gt;note&lt;/i&gt;")
                .doesNotContain("<script>alert(1)").doesNotContain(">49<").contains("</html>");

        WebBrowser manager = new WebBrowser();
        manager.submitLogin(manager.get("http://localhost:8089/"), "manager");
        HttpResponse<String> noMeasure = manager.get("http://localhost:8089/dashboard/permits?measure=");
        assertThat(noMeasure.statusCode()).isEqualTo(400);
        assertThat(noMeasure.body()).contains("id=\"problem\"");
        assertThat(manager.get("http://localhost:8089/dashboard/cases?openedWeek=%2B999999999-01-01").statusCode())
                .isEqualTo(400);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static void refused(List<String> answers, String what, Response answer) {
        boolean problem = answer.status() >= 400 && answer.status() < 500
                && answer.contentType().startsWith("application/problem+json");
        if (!problem) {
            answers.add(what + ": " + answer.status() + " " + answer.contentType() + " " + answer.body());
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("case_file", "case_note", "case_message", "workflow_outbox", "parcel",
                "submission_key")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        counts.put("completed tasks", jdbc.queryForObject("select count(*) from task where state <> 'OPEN'", Long.class));
        return counts;
    }
}
