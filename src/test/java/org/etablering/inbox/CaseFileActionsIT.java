package org.etablering.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * On a permit's case page, a planning officer extends the statutory deadline once with its reason, pauses and
 * resumes it at the applicant's request, writes to the company and adds a note; refusals are said beside the field
 * and change nothing. Managers read the audit trail as a page; others may not. The task page shows the whole case.
 */
@FullStackTest
class CaseFileActionsIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";

    @Test
    void aPlanningOfficerRunsThePermitsClockAndWritesToTheCompanyFromTheCasePage() {
        String applicant = tokens.of("applicant");
        JsonNode permit = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A hall of 12 000 m²", "site", "Torvalla 1:23")).body();
        String id = permit.get("id").asText();
        String number = permit.get("caseNumber").asText();
        Inbox inbox = new Inbox(api);
        JsonNode task = inbox.await(tokens.of("planning"), number, "Check that the application is complete");

        WebBrowser planner = new WebBrowser();
        planner.submitLogin(planner.get(APP + "/"), "planning");
        String taskPage = planner.get(APP + "/inbox/tasks/" + task.get("id").asText()).body();
        assertThat(taskPage).as("the whole case beside the task").contains("id=\"case-header\"", "id=\"permit-facts\"",
                "Torvalla 1:23", "id=\"task-case-link\"");

        String page = APP + "/inbox/cases/" + id;
        String casePage = planner.get(page).body();
        assertThat(casePage).contains("id=\"clock-extension\"", "id=\"clock-pause\"", "id=\"timeline\"",
                "id=\"official-message-form\"", "id=\"note-form\"");
        String dueBefore = statutory(applicant, id).get("dueAt").asText();
        assertThat(java.time.Instant.parse(task.get("dueAt").asText()))
                .as("a permit task is due by the statutory deadline").isEqualTo(java.time.Instant.parse(dueBefore));

        String refused = follow(planner, planner.post(page + "/clock/extension", form(casePage, "weeks=40&reason=Consultation")));
        assertThat(refused).as("longer than the period, said beside the field")
                .contains("id=\"extension-weeks-problem\"", "En förlängning får vara högst lika lång");
        refused = follow(planner, planner.post(page + "/clock/extension", form(refused, "weeks=4&reason=%20%20")));
        assertThat(refused).contains("id=\"extension-reason-problem\"", "Skriv skälet");
        assertThat(planner.post(page + "/clock/extension", form(refused, "weeks=%00&reason=x")).statusCode())
                .as("odd input is refused, not a server error").isEqualTo(400);
        assertThat(statutory(applicant, id).get("dueAt").asText()).as("nothing changed").isEqualTo(dueBefore);
        assertThat(statutory(applicant, id).has("extension") && !statutory(applicant, id).get("extension").isNull())
                .isFalse();

        String extended = follow(planner, planner.post(page + "/clock/extension",
                form(refused, "weeks=4&reason=" + WebBrowser.encode("The county board must be consulted"))));
        assertThat(extended).contains("id=\"notice\"", "The county board must be consulted")
                .doesNotContain("id=\"clock-extension\"");
        String dueAfter = statutory(applicant, id).get("dueAt").asText();
        assertThat(dueAfter).isNotEqualTo(dueBefore);
        assertThat(java.time.Instant.parse(api.get("/api/v1/tasks/" + task.get("id").asText(), tokens.of("planning"))
                .body().get("dueAt").asText())).as("the task follows the extended deadline")
                .isEqualTo(java.time.Instant.parse(dueAfter));
        assertThat(follow(planner, planner.post(page + "/clock/extension", form(extended, "weeks=2&reason=again"))))
                .as("the form is gone and a second extension is refused").contains("id=\"problem-notice\"");
        assertThat(statutory(applicant, id).get("extension").get("weeks").asInt()).isEqualTo(4);

        String paused = follow(planner, planner.post(page + "/clock/pause", form(extended, "")));
        assertThat(paused).contains("id=\"clock-resume\"");
        assertThat(statutory(applicant, id).get("state").asText()).isEqualTo("PAUSED");
        String resumed = follow(planner, planner.post(page + "/clock/resume", form(paused, "")));
        assertThat(resumed).contains("id=\"clock-pause\"");
        assertThat(statutory(applicant, id).get("state").asText()).isEqualTo("RUNNING");

        String written = follow(planner, planner.postMultipart(page + "/messages",
                Map.of("_csrf", WebBrowser.csrf(resumed), "text", "Please send the fire safety plan.")));
        assertThat(written).contains("Please send the fire safety plan.");
        assertThat(api.get("/api/v1/permits/" + id, applicant).body().get("messages").toString())
                .as("the company reads it at once").contains("Please send the fire safety plan.");
        String empty = follow(planner, planner.postMultipart(page + "/messages", Map.of("_csrf", WebBrowser.csrf(written), "text", " ")));
        assertThat(empty).as("said beside the field").contains("id=\"problem-notice\"", "id=\"official-message-text-problem\"");
        String emptyNote = follow(planner, planner.post(page + "/notes", form(empty, "text=%20")));
        assertThat(emptyNote).contains("id=\"note-text-problem\"", "Måste fyllas i.");
        String noted = follow(planner, planner.post(page + "/notes", form(emptyNote, "text=" + WebBrowser.encode("Called the architect."))));
        assertThat(noted).contains("Called the architect.");

        WebBrowser business = new WebBrowser();
        business.submitLogin(business.get(APP + "/"), "business");
        assertThat(business.get(page).body()).as("only planning and managers run the permit's clock")
                .doesNotContain("id=\"clock-extension\"", "id=\"clock-pause\"");
        assertThat(business.post(page + "/clock/pause", form(business.get(page).body(), "")).statusCode())
                .isEqualTo(403);
        assertThat(statutory(applicant, id).get("state").asText()).isEqualTo("RUNNING");
        assertThat(business.get(page + "/audit").statusCode()).as("the audit trail is for managers").isEqualTo(403);

        WebBrowser manager = new WebBrowser();
        manager.submitLogin(manager.get(APP + "/"), "manager");
        assertThat(manager.get(page).body()).contains("id=\"case-audit-link\"");
        HttpResponse<String> audit = manager.get(page + "/audit");
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).contains("id=\"audit-trail\"", "Handläggningstid ändrad", "The county board must be consulted");
    }

    private JsonNode statutory(String token, String id) {
        JsonNode view = api.get("/api/v1/permits/" + id, token).body();
        return StreamSupport.stream(view.get("clocks").spliterator(), false)
                .filter(clock -> clock.get("kind").asText().equals("PERMIT_DECISION"))
                .reduce((first, later) -> later).orElseThrow();
    }

    private static String form(String page, String fields) {
        return "_csrf=" + WebBrowser.encode(WebBrowser.csrf(page)) + (fields.isEmpty() ? "" : "&" + fields);
    }

    /** The page the browser landed on after the post and its redirect. */
    private static String follow(WebBrowser browser, HttpResponse<String> landed) {
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
        return landed.body();
    }
}
