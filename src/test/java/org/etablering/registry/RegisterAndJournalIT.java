package org.etablering.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every document in and out of a case is registered at once and numbered within the case; the public journal shows
 * them to anyone without signing in, masks a confidential case and names no person; a request for a document becomes
 * a task for the registry.
 */
@FullStackTest
class RegisterAndJournalIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void documentsInAndOutAreRegisteredAndTheJournalShowsThemToAnyone() {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String id = inquiry.get("id").asText();
        String number = inquiry.get("caseNumber").asText();
        assertThat(api.post("/api/v1/inquiries/" + id + "/messages", tokens.of("firstline"),
                Map.of("text", "Welcome: when can we meet?")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/inquiries/" + id + "/messages", tokens.of("applicant"),
                Map.of("text", "Tuesday suits us.")).status()).isEqualTo(201);

        List<Map<String, Object>> entries = jdbc.queryForList("select entry_number, direction, counterpart, title, "
                + "confidential from register_entry where case_id = ?::uuid order by sequence", id);
        assertThat(entries).extracting(e -> e.get("entry_number"))
                .containsExactly(number + "-1", number + "-2", number + "-3");
        assertThat(entries).extracting(e -> e.get("direction")).containsExactly("IN", "OUT", "IN");
        assertThat(entries).extracting(e -> e.get("title"))
                .containsExactly("Förfrågan om etablering", "Skrivelse", "Skrivelse");
        assertThat(entries).extracting(e -> e.get("counterpart")).containsOnly("Norrsken Data AB");

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        assertThat(official.get(APP + "/inbox/cases/" + id).body()).as("officials see the register on the case page")
                .contains("id=\"register-entries\"", number + "-3");

        WebBrowser anyone = new WebBrowser();
        HttpResponse<String> journal = anyone.get(APP + "/journal/ostersund?lang=sv");
        assertThat(journal.statusCode()).as("no sign-in").isEqualTo(200);
        assertThat(journal.body()).contains(number + "-1", "Norrsken Data AB", "Förfrågan om etablering", "Inkommande")
                .as("no person's name").doesNotContain("Nora Lindqvist", "nora@norrskendata.example");
    }

    @Test
    void aConfidentialCaseShowsNeitherCompanyNorTitleInTheJournal() {
        Map<String, Object> secret = Inquiries.norrsken();
        secret.put("companyName", "Hemlig Batterifabrik AB");
        secret.put("confidential", true);
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), secret).body();
        String number = inquiry.get("caseNumber").asText();
        assertThat(jdbc.queryForObject("select legal_ground from register_entry where entry_number = ?", String.class,
                number + "-1")).isEqualTo("OSL 30 kap. 23 §");

        String journal = new WebBrowser().get(APP + "/journal/ostersund?lang=sv").body();
        assertThat(journal).contains(number + "-1", "Handling som omfattas av sekretess (OSL 30 kap. 23 §)")
                .doesNotContain("Hemlig Batterifabrik");
    }

    @Test
    void anyoneAsksForADocumentAndTheRegistryGetsATask() {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body();
        String number = inquiry.get("caseNumber").asText();
        WebBrowser anyone = new WebBrowser();
        String form = anyone.get(APP + "/journal/ostersund/request?entry=" + number + "-1&lang=sv").body();
        assertThat(form).contains("value=\"" + number + "-1\"");

        int requestsBefore = requests();
        HttpResponse<String> unknown = anyone.post(APP + "/journal/ostersund/request", "_csrf=" + WebBrowser.csrf(form)
                + "&entryNumber=ETB-1999-999999-9&name=&contact=&note=");
        assertThat(unknown.body()).as("an entry not in the journal").contains("id=\"request-problems\"");
        HttpResponse<String> hostile = anyone.post(APP + "/journal/ostersund/request", "_csrf=" + WebBrowser.csrf(form)
                + "&entryNumber=" + number + "-1&name=" + "x".repeat(300) + "&contact=&note=");
        assertThat(hostile.body()).as("a name too long").contains("id=\"request-problems\"");
        assertThat(requests()).as("a refused request starts nothing").isEqualTo(requestsBefore);

        HttpResponse<String> sent = anyone.post(APP + "/journal/ostersund/request", "_csrf=" + WebBrowser.csrf(form)
                + "&entryNumber=" + number + "-1&name=&contact=" + WebBrowser.encode("reader@example.se")
                + "&note=" + WebBrowser.encode("The inquiry, please"));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("id=\"notice\"");
        assertThat(requests()).isEqualTo(requestsBefore + 1);
        new Inbox(api).complete(tokens.of("firstline"), number, "Answer the request for a public document",
                Map.of("requestAnswer", "RELEASED", "answerNote", "Sent by e-mail the same day"));
    }

    private int requests() {
        return jdbc.queryForObject("select count(*) from workflow_outbox where message_name = 'document-requested'",
                Integer.class);
    }

    @Test
    void theJournalTakesOnlyValidFilters() {
        WebBrowser anyone = new WebBrowser();
        assertThat(anyone.get(APP + "/journal/ostersund?from=2026-13-01").statusCode()).isEqualTo(400);
        assertThat(anyone.get(APP + "/journal/ostersund?from=2026-12-01&to=2026-11-01").statusCode()).isEqualTo(400);
        assertThat(anyone.get(APP + "/journal/ostersund?from=2020-01-01&to=2026-01-01").statusCode())
                .as("more than a year").isEqualTo(400);
        assertThat(anyone.get(APP + "/journal/ostersund?page=-1").statusCode()).isEqualTo(400);
        assertThat(anyone.get(APP + "/journal/nowhere").statusCode()).isEqualTo(404);
        assertThat(anyone.get(APP + "/journal/ostersund?from=1999-01-01").statusCode()).isEqualTo(400);
    }
}
