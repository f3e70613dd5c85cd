package org.etablering.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
 * First-line sees the routing table's proposal at triage and changes it with a reason; a function sends back a
 * hand-off that is not its, with a reason; first-line sees why and routes the case again. Answers that say neither
 * or both are refused and change nothing.
 */
@FullStackTest
class RoutingAndSendBackIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";

    @Test
    void firstLineChangesTheRoutingAtTriageAndRoutesASentBackHandOffAgain() {
        String firstLine = tokens.of("firstline");
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body();
        String id = inquiry.get("id").asText();
        String number = inquiry.get("caseNumber").asText();
        Inbox inbox = new Inbox(api);
        JsonNode triage = inbox.await(firstLine, number, "Triage the inquiry");
        String triagePath = "/api/v1/tasks/" + triage.get("id").asText();
        assertThat(api.post(triagePath + "/claim", firstLine, "").status()).isEqualTo(200);

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        assertThat(official.get(APP + "/inbox/tasks/" + triage.get("id").asText()).body())
                .as("the table's proposal beside the triage form").contains("id=\"routing-proposal\"", "data-role=\"business\"")
                .doesNotContain("data-role=\"planning\"");

        Response noReason = api.post(triagePath + "/complete", firstLine,
                Map.of("inquiryComplete", "yes", "routingAdd", List.of("development")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/errors/0/field").asText()).isEqualTo("routingReason");
        Response both = api.post(triagePath + "/complete", firstLine, Map.of("inquiryComplete", "yes",
                "routingAdd", List.of("development"), "routingRemove", List.of("development"), "routingReason", "x"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().at("/errors/0/field").asText()).isEqualTo("routingRemove");
        assertThat(api.get(triagePath, firstLine).body().get("state").asText()).as("nothing changed").isEqualTo("OPEN");

        assertThat(api.post(triagePath + "/complete", firstLine, Map.of("inquiryComplete", "yes",
                "routingAdd", List.of("development"), "routingReason", "The office needs a site for a workshop")).status())
                .isEqualTo(200);
        JsonNode development = inbox.await(tokens.of("development"), number, "Accept the hand-off");
        inbox.await(tokens.of("business"), number, "Accept the hand-off");
        assertThat(official.get(APP + "/inbox/cases/" + id).body()).as("the change and its reason are on the case")
                .contains("The office needs a site for a workshop");

        String developer = tokens.of("development");
        String accept = "/api/v1/tasks/" + development.get("id").asText();
        assertThat(api.post(accept + "/claim", developer, "").status()).isEqualTo(200);
        Response neither = api.post(accept + "/complete", developer, Map.of("acceptHandOff", false));
        assertThat(neither.status()).isEqualTo(400);
        assertThat(neither.body().at("/errors/0/field").asText()).isEqualTo("acceptHandOff");
        Response acceptAndSendBack = api.post(accept + "/complete", developer,
                Map.of("acceptHandOff", true, "sendBackReason", "Not ours"));
        assertThat(acceptAndSendBack.status()).isEqualTo(400);
        assertThat(acceptAndSendBack.body().at("/errors/0/field").asText()).isEqualTo("sendBackReason");
        assertThat(api.post(accept + "/complete", developer, Map.of("sendBackReason",
                "No site is needed: the workshop is inside the office")).status()).isEqualTo(200);

        inbox.complete(tokens.of("business"), number, "Accept the hand-off", Map.of("acceptHandOff", true));
        inbox.complete(tokens.of("business"), number, "Work the hand-off",
                Map.of("summary", "Introduced to the wind cluster", "followUp", "NONE"));

        JsonNode reroute = inbox.await(firstLine, number, "Route the sent-back hand-off again");
        String casePage = official.get(APP + "/inbox/cases/" + id).body();
        assertThat(casePage).as("first-line sees who sent it back and why")
                .contains("class=\"col-sm-7 pre-line text-break sent-back\"", "No site is needed: the workshop is inside the office");
        assertThat(api.get("/api/v1/cases/" + id, firstLine).body().get("status").asText()).isEqualTo("HANDED_OFF");

        inbox.complete(firstLine, number, "Route the sent-back hand-off again", Map.of(
                "rerouteFunctions", List.of("planning"), "rerouteReason", "Ask planning about signage on the facade"));
        JsonNode planning = inbox.await(tokens.of("planning"), number, "Accept the hand-off");
        assertThat(planning.get("caseNumber").asText()).isEqualTo(number);
        assertThat(reroute.get("candidateGroups").toString()).contains("first-line");
    }
}
