package org.etablering.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.etablering.support.Api;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.SecondInstance;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Two application instances behind no sticky load balancer, sharing the database, the engine and Keycloak, as
 * production runs them. A user signed in through one is served by the other (the session, with its CSRF token,
 * lives in the database), and a task claimed through both at once is won by exactly one claim.
 */
@FullStackTest
class TwoInstancesIT extends FullStackSupport {

    private static final String FIRST = "http://localhost:8089";
    private static final int SECOND_PORT = 8090;
    private static final String SECOND = "http://localhost:" + SECOND_PORT;

    @Autowired
    private Environment first;
    private ConfigurableApplicationContext second;

    @BeforeEach
    void startTheSecondInstance() {
        second = SecondInstance.start(first, SECOND_PORT, java.util.Map.of());
    }

    @AfterEach
    void stopTheSecondInstance() {
        second.close();
    }

    @Test
    void aUserSignedInThroughOneInstanceIsServedByTheOtherWithTheSameSessionAndCsrfToken() {
        WebBrowser browser = new WebBrowser();
        HttpResponse<String> home = browser.submitLogin(browser.get(FIRST + "/"), "firstline");
        assertThat(home.body()).contains("id=\"signed-in-user\">firstline<");

        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        JsonNode triage = new Inbox(api).await(tokens.of("firstline"), inquiry.get("caseNumber").asText(),
                "Triage the inquiry");
        String taskPage = "/inbox/tasks/" + triage.get("id").asText();
        String csrfFromTheFirst = WebBrowser.csrf(browser.get(FIRST + taskPage).body());

        HttpResponse<String> onTheSecond = browser.get(SECOND + taskPage);
        assertThat(onTheSecond.uri().getPort()).as("no new sign-in").isEqualTo(SECOND_PORT);
        assertThat(onTheSecond.statusCode()).isEqualTo(200);
        assertThat(onTheSecond.body()).as("the task page, signed in").contains("id=\"task-name\"", "action=\"/logout\"");
        assertThat(browser.get(SECOND + "/").body()).contains("id=\"signed-in-user\">firstline<");

        HttpResponse<String> claimed = browser.post(SECOND + taskPage + "/claim",
                "_csrf=" + WebBrowser.encode(csrfFromTheFirst));
        assertThat(claimed.statusCode()).as("a form posted to the other instance with the session's CSRF token")
                .isEqualTo(200);
        assertThat(new Api(8089).get("/api/v1/tasks/" + triage.get("id").asText(), tokens.of("firstline")).body()
                .get("assignee").asText()).isEqualTo("firstline");
    }

    @Test
    void aTaskClaimedThroughBothInstancesAtOnceIsWonByExactlyOneClaim() throws Exception {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        JsonNode triage = new Inbox(api).await(tokens.of("firstline"), inquiry.get("caseNumber").asText(),
                "Triage the inquiry");
        String claim = "/api/v1/tasks/" + triage.get("id").asText() + "/claim";
        List<String> claimants = List.of("firstline", "firstline2");
        List<String> claimTokens = List.of(tokens.of("firstline"), tokens.of("firstline2"));
        List<Callable<String>> claims = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Api instance = new Api(i % 2 == 0 ? 8089 : SECOND_PORT);
            int who = i % 4 < 2 ? 0 : 1;
            claims.add(() -> claimants.get(who) + " " + instance.post(claim, claimTokens.get(who), "").status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<String> answers = new ArrayList<>();
            for (Future<String> answer : pool.invokeAll(claims)) {
                answers.add(answer.get());
            }
            String winner = new Api(8089).get("/api/v1/tasks/" + triage.get("id").asText(), tokens.of("firstline"))
                    .body().get("assignee").asText();
            String loser = winner.equals("firstline") ? "firstline2" : "firstline";
            assertThat(answers).as("claims through both instances").allMatch(answer -> answer.endsWith(" 200")
                    || answer.endsWith(" 409"));
            assertThat(answers).contains(winner + " 200").doesNotContain(loser + " 200");
        } finally {
            pool.shutdownNow();
        }
    }
}
