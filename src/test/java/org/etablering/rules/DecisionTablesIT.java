package org.etablering.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.etablering.support.Api.FilePart;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator changes the routing table without a release: a checked upload goes into service in the engine
 * for the next case, a refused one changes nothing, an earlier version goes back into service, and what start-up
 * deploys is the version in service, not the shipped file.
 */
@FullStackTest
class DecisionTablesIT extends FullStackSupport {

    private static final Path SHIPPED = Path.of("bpmn/inquiry-routing.dmn");
    private static final String APP = "http://localhost:8089";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CamundaClient camunda;
    @Autowired
    private DecisionTables tables;

    @Test
    void anAdministratorPutsAChangedTableIntoServiceAndAnEarlierOneBack() throws IOException {
        String admin = tokens.of("admin");
        byte[] shipped = Files.readAllBytes(SHIPPED);
        assertThat(jdbc.queryForObject("select engine_version from decision_table_version where decision_id = "
                + "'inquiry-routing' and source = 'SHIPPED' order by version limit 1", Integer.class))
                .as("start-up recorded the shipped table as deployed").isNotNull();
        int before = versions();

        // every establishment now goes to development instead of business
        byte[] changed = new String(shipped, StandardCharsets.UTF_8)
                .replaceFirst("<text>\"business\"</text>", "<text>\"development\"</text>").getBytes(StandardCharsets.UTF_8);
        Response refused = upload(admin, changed, "");
        assertThat(refused.status()).as("a comment is needed").isEqualTo(400);
        assertThat(refused.body().get("code").asText()).isEqualTo("decision-table-invalid");
        assertThat(refused.body().at("/errors/0/field").asText()).isEqualTo("comment");
        Response unknownFunction = upload(admin, new String(changed, StandardCharsets.UTF_8)
                .replace("<text>\"development\"</text>", "<text>\"finance\"</text>").getBytes(StandardCharsets.UTF_8),
                "A function that does not exist");
        assertThat(unknownFunction.status()).isEqualTo(400);
        assertThat(unknownFunction.body().at("/errors/0/rule").asText()).isEqualTo("dmn-function-unknown");
        assertThat(versions()).as("nothing recorded for a refused table").isEqualTo(before);
        assertThat(routingOfANetworkingOffice()).containsExactly("business");

        Response uploaded = upload(admin, changed, "Development takes every establishment from now on");
        assertThat(uploaded.status()).isEqualTo(201);
        int changedVersion = uploaded.body().get("version").asInt();
        assertThat(uploaded.body().get("inService").asBoolean()).isTrue();
        assertThat(uploaded.body().get("recordedBy").asText()).isEqualTo("admin");
        assertThat(routingOfANetworkingOffice()).as("the engine decides with the new version").containsExactly("development");

        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body();
        String number = inquiry.get("caseNumber").asText();
        Inbox inbox = new Inbox(api);
        inbox.complete(tokens.of("firstline"), number, "Triage the inquiry", Map.of("inquiryComplete", "yes"));
        inbox.await(tokens.of("development"), number, "Accept the hand-off");
        assertThat(inbox.find(tokens.of("business"), number, "Accept the hand-off")).as("the next case uses it").isEmpty();
        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/?lang=sv"), "firstline");
        assertThat(official.get(APP + "/inbox/cases/" + inquiry.get("id").asText()).body())
                .as("the table's reason in the reader's language").contains("Varje etablering får etableringsstöd")
                .doesNotContain("every-establishment");

        assertThat(tables.inService("inquiry-routing.dmn", shipped)).as("a restart deploys the version in service")
                .isEqualTo(changed);
        assertThat(versions()).as("and records nothing new").isEqualTo(before + 1);

        Response again = api.post("/api/v1/admin/decisions/inquiry-routing/versions/" + changedVersion + "/reinstate"
                + "?comment=x", admin, "");
        assertThat(again.status()).as("the version in service cannot be put back").isEqualTo(409);
        int shippedVersion = jdbc.queryForObject("select max(version) from decision_table_version where decision_id = "
                + "'inquiry-routing' and sha256 = ?", Integer.class, DecisionTables.sha256(shipped));
        Response reinstated = api.post("/api/v1/admin/decisions/inquiry-routing/versions/" + shippedVersion
                + "/reinstate?comment=" + java.net.URLEncoder.encode("Back to the shipped rules", StandardCharsets.UTF_8),
                admin, "");
        assertThat(reinstated.status()).isEqualTo(201);
        assertThat(reinstated.body().get("reinstatedFrom").asInt()).isEqualTo(shippedVersion);
        assertThat(routingOfANetworkingOffice()).containsExactly("business");
        assertThat(api.get("/api/v1/admin/decisions", admin).body().findValuesAsText("comment"))
                .contains("Development takes every establishment from now on", "Back to the shipped rules");
    }

    @Test
    void badTablesAndBadRequestsChangeNothingAndNeverFail() {
        String admin = tokens.of("admin");
        int before = versions();
        for (byte[] bad : List.of(new byte[0], "not xml at all".getBytes(StandardCharsets.UTF_8),
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>"
                        .getBytes(StandardCharsets.UTF_8),
                "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"><decision id=\"other\"/></definitions>"
                        .getBytes(StandardCharsets.UTF_8),
                new byte[] {0, 1, 2, (byte) 0xff})) {
            Response refused = upload(admin, bad, "A try");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post("/api/v1/admin/decisions/inquiry-routing/versions/99999/reinstate?comment=x", admin, "")
                .status()).isEqualTo(404);
        assertThat(api.post("/api/v1/admin/decisions/inquiry-routing/versions/x/reinstate?comment=x", admin, "")
                .status()).isEqualTo(400);
        assertThat(upload(tokens.of("manager"), "x".getBytes(StandardCharsets.UTF_8), "x").status()).isEqualTo(403);

        WebBrowser page = new WebBrowser();
        page.submitLogin(page.get(APP + "/"), "admin");
        String form = page.get(APP + "/admin/decisions?lang=sv").body();
        assertThat(form).contains("id=\"decision-versions\"", "inquiry-routing");
        String refused = page.postMultipart(APP + "/admin/decisions", java.util.Map.of("_csrf", WebBrowser.csrf(form),
                "comment", "Trying"), "file", "routing.dmn", "<not-dmn/>".getBytes(StandardCharsets.UTF_8)).body();
        assertThat(refused).as("the page says what stands in the way, in Swedish")
                .contains("id=\"decision-problems\"", "är inte en DMN-beslutsmodell", "href=\"#decision-file\"");
        assertThat(versions()).isEqualTo(before);
    }

    private Response upload(String token, byte[] content, String comment) {
        return api.postMultipart("/api/v1/admin/decisions", token, Map.of("comment", comment),
                List.of(new FilePart("file", "inquiry-routing.dmn", "application/xml", content)));
    }

    private int versions() {
        return jdbc.queryForObject("select count(*) from decision_table_version", Integer.class);
    }

    private List<String> routingOfANetworkingOffice() {
        Map<String, Object> facts = new java.util.HashMap<>();
        facts.put("needs", List.of("NETWORK"));
        facts.put("establishmentType", "NEW");
        facts.put("landAreaSqm", null);
        facts.put("powerDemandMw", null);
        String output = camunda.newEvaluateDecisionCommand().decisionId("inquiry-routing").variables(facts).send()
                .join().getDecisionOutput();
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(output).findValuesAsText("role");
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
