package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * A manager gives a task only to an official who may do it — in one of its candidate groups, of the same
 * municipality, as Keycloak knows them — so it never drops out of every queue.
 */
@FullStackTest
class ReassignmentIT extends FullStackSupport {

    @Test
    void onlyOfficialsWhoMayDoTheTaskCanBeGivenItAndAnyoneElseIsRefusedWith422() {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String caseNumber = inquiry.get("caseNumber").asText();
        JsonNode triage = new Inbox(api).await(tokens.of("firstline"), caseNumber, "Triage the inquiry");
        String assign = "/api/v1/tasks/" + triage.get("id").asText() + "/assign";
        String manager = tokens.of("manager");

        for (String ineligible : List.of("nobody-here", "applicant", "business", "firstline-no", "admin")) {
            Response refused = api.post(assign, manager, Map.of("assignee", ineligible));
            assertThat(refused.status()).as(ineligible).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("assignee");
        }
        assertThat(api.get("/api/v1/tasks/" + triage.get("id").asText(), manager).body().hasNonNull("assignee"))
                .as("nothing changed").isFalse();

        Response given = api.post(assign, manager, Map.of("assignee", "firstline2"));
        assertThat(given.status()).isEqualTo(200);
        assertThat(given.body().get("assignee").asText()).isEqualTo("firstline2");
        assertThat(new Inbox(api).find(tokens.of("firstline2"), caseNumber, "Triage the inquiry")).isPresent();

        WebBrowser browser = new WebBrowser();
        browser.submitLogin(browser.get("http://localhost:8089/"), "manager");
        HttpResponse<String> page = browser.get("http://localhost:8089/inbox/tasks/" + triage.get("id").asText());
        assertThat(page.body()).as("the manager chooses from the officials who may do the task")
                .contains("<option value=\"firstline\"", "<option value=\"firstline2\"")
                .doesNotContain("<option value=\"business\"", "<option value=\"firstline-no\"");

        String list = browser.get("http://localhost:8089/inbox/all-tasks?function=first-line&assignee=firstline2").body();
        assertThat(list).as("every queue's tasks on the managers' list, filtered by function and assignee")
                .contains("data-case=\"" + caseNumber + "\"", "id=\"assignee-" + triage.get("id").asText() + "\"");
        assertThat(browser.get("http://localhost:8089/inbox/all-tasks?function=business&assignee=firstline2").body())
                .doesNotContain("data-case=\"" + caseNumber + "\"");
        String csrf = WebBrowser.csrf(list);
        String refusedOnList = browser.post("http://localhost:8089/inbox/tasks/" + triage.get("id").asText() + "/assign",
                "_csrf=" + WebBrowser.encode(csrf) + "&from=all-tasks&assignee=business").body();
        assertThat(refusedOnList).contains("id=\"problem-notice\"", "id=\"all-tasks\"");
        String reassigned = browser.post("http://localhost:8089/inbox/tasks/" + triage.get("id").asText() + "/assign",
                "_csrf=" + WebBrowser.encode(csrf) + "&from=all-tasks&assignee=firstline").body();
        assertThat(reassigned).contains("id=\"notice\"", "id=\"all-tasks\"");
        assertThat(api.get("/api/v1/tasks/" + triage.get("id").asText(), manager).body().get("assignee").asText())
                .isEqualTo("firstline");
        assertThat(browser.get("http://localhost:8089/inbox/all-tasks?assignee=-").body())
                .as("unassigned only").doesNotContain("data-case=\"" + caseNumber + "\"");

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get("http://localhost:8089/"), "firstline");
        assertThat(official.get("http://localhost:8089/inbox/all-tasks").statusCode()).as("managers only").isEqualTo(403);
    }
}
