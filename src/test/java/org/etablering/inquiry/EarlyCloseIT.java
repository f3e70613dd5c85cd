package org.etablering.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.etablering.support.Api.Response;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;

/**
 * First-line closes an inquiry early, in the middle of its hand-offs: the outcome and reason are recorded, the
 * hand-off tasks end, the case is closed and counts in the lead-time figures. Not before triage, not twice, not
 * without an outcome and a reason.
 */
@FullStackTest
class EarlyCloseIT extends FullStackSupport {

    @Test
    void firstLineClosesACaseDuringItsHandOffsAndItsOpenWorkEnds() {
        String firstLine = tokens.of("firstline");
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String id = inquiry.get("id").asText();
        String caseNumber = inquiry.get("caseNumber").asText();
        String close = "/api/v1/inquiries/" + id + "/close";
        Inbox inbox = new Inbox(api);
        inbox.await(firstLine, caseNumber, "Triage the inquiry");
        assertThat(api.post(close, firstLine, Map.of("outcome", "WITHDRAWN", "reason", "Too early")).status())
                .as("not before triage").isEqualTo(409);

        inbox.complete(firstLine, caseNumber, "Triage the inquiry",
                Map.of("inquiryComplete", "yes", "triageNote", "Needs land, permits and development"));
        inbox.await(tokens.of("business"), caseNumber, "Accept the hand-off");
        assertThat(api.get("/api/v1/cases?function=business&q=" + caseNumber, firstLine).body().get("total").asLong())
                .as("found by the function it was handed to").isEqualTo(1);
        org.etablering.support.WebBrowser official = new org.etablering.support.WebBrowser();
        official.submitLogin(official.get("http://localhost:8089/"), "firstline");
        assertThat(official.get("http://localhost:8089/inbox/cases/" + id).body())
                .as("each hand-off on the case page, with when it was asked for")
                .contains("class=\"border rounded p-2 mb-2 handoff\"", "Näringslivsfunktionen", "Begärd");

        String casePage = official.get("http://localhost:8089/inbox/cases/" + id).body();
        String refused = official.post("http://localhost:8089/inbox/cases/" + id + "/close", "_csrf="
                + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(casePage))
                + "&outcome=&reason=").body();
        assertThat(refused).as("on the page, beside the fields").contains("id=\"close-outcome-problem\"",
                "id=\"close-reason-problem\"");
        Response noReason = api.post(close, firstLine, Map.of("outcome", "WITHDRAWN", "reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(api.post(close, firstLine, Map.of("outcome", "MAYBE", "reason", "x")).status()).isEqualTo(400);
        assertThat(api.post(close, tokens.of("business"), Map.of("outcome", "WITHDRAWN", "reason", "x")).status())
                .as("a function does not close the case").isEqualTo(403);

        assertThat(api.post(close, firstLine, Map.of("outcome", "ESTABLISHED_ELSEWHERE",
                "reason", "The company chose Sundsvall.")).status()).isEqualTo(202);
        JsonNode closed = Eventually.await("the case closed", Duration.ofSeconds(30), () -> Optional.of(
                api.get("/api/v1/cases/" + id, firstLine).body()).filter(view -> view.hasNonNull("closedAt")));
        assertThat(closed.get("outcome").asText()).isEqualTo("ESTABLISHED_ELSEWHERE");
        Eventually.await("the hand-off tasks to end", Duration.ofSeconds(30), () -> Optional.of(true)
                .filter(any -> inbox.find(tokens.of("business"), caseNumber, "Accept the hand-off").isEmpty()));
        assertThat(api.post(close, firstLine, Map.of("outcome", "WITHDRAWN", "reason", "Again")).status())
                .as("only once").isEqualTo(409);
        assertThat(api.get("/api/v1/inquiries/" + id + "/audit", tokens.of("manager")).body().toString())
                .contains("The company chose Sundsvall.");
    }
}
