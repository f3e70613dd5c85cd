package org.etablering.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * Officials find every case, of every kind, also one with no open task (waiting for the company), and open
 * its page: one header for every kind, then what is particular to it. Case numbers in the inbox link there.
 */
@FullStackTest
class CaseFinderIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";

    @Test
    void anOfficialFindsACaseThatWaitsForTheCompanyAndCasesOfEveryKindAndOpensThem() {
        String applicant = tokens.of("applicant");
        String firstLine = tokens.of("firstline");
        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String inquiryNumber = inquiry.get("caseNumber").asText();
        new Inbox(api).complete(firstLine, inquiryNumber, "Triage the inquiry",
                Map.of("inquiryComplete", "no", "missingInformation", "Please send a site plan."));
        Eventually.await("the inquiry to wait for the company", Duration.ofSeconds(20), () -> Optional.of(
                api.get("/api/v1/inquiries/" + inquiry.get("id").asText(), firstLine).body().get("status").asText())
                .filter("AWAITING_COMPLETION"::equals));
        JsonNode permit = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A hall of 12 000 m²", "site", "Torvalla 1:23")).body();
        JsonNode land = api.post("/api/v1/land-requests", applicant, Map.of("companyName", "Norrsken Data AB",
                "purpose", "A logistics hall", "minimumSizeSqm", 8000)).body();

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        HttpResponse<String> found = official.get(APP + "/inbox/cases?q=" + inquiryNumber);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"case-count\">1 ärende<",
                "href=\"/inbox/cases/" + inquiry.get("id").asText() + "\"", "Väntar på företaget");
        HttpResponse<String> casePage = official.get(APP + "/inbox/cases/" + inquiry.get("id").asText());
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body()).as("the triage form's answers, as work done").contains("id=\"work-done\"",
                "Please send a site plan.", "firstline");
        assertThat(casePage.body()).contains("id=\"case-header\"", "Nora Lindqvist", "nora@norrskendata.example",
                "559900-0006");

        assertThat(official.get(APP + "/inbox/cases?state=all&function=business&q=" + inquiryNumber).body())
                .as("not handed to business").contains("id=\"case-count\">inga ärenden<");
        assertThat(official.get(APP + "/inbox/cases?overdue=true&q=" + inquiryNumber).body())
                .as("no deadline has passed").contains("id=\"case-count\">inga ärenden<");
        assertThat(official.get(APP + "/inbox/cases?function=nothing").statusCode()).isEqualTo(400);
        HttpResponse<String> permits = official.get(APP + "/inbox/cases?kind=PERMIT&state=all&q=Norrsken");
        assertThat(permits.body()).contains(permit.get("caseNumber").asText()).doesNotContain(inquiryNumber);

        WebBrowser planner = new WebBrowser();
        planner.submitLogin(planner.get(APP + "/"), "planning");
        HttpResponse<String> permitPage = planner.get(APP + "/inbox/cases/" + permit.get("id").asText());
        assertThat(permitPage.statusCode()).isEqualTo(200);
        assertThat(permitPage.body()).contains("id=\"case-header\"", "id=\"permit-facts\"", "Torvalla 1:23", "Bygglov");
        HttpResponse<String> landPage = planner.get(APP + "/inbox/cases/" + land.get("id").asText());
        assertThat(landPage.statusCode()).isEqualTo(200);
        assertThat(landPage.body()).contains("id=\"land-facts\"", "A logistics hall", "8000");

        JsonNode permitTask = Eventually.await("the permit's first task", Duration.ofSeconds(20),
                () -> new Inbox(api).find(tokens.of("planning"), permit.get("caseNumber").asText(),
                        "Check that the application is complete"));
        assertThat(permitTask.path("dueAt").asText()).as("a permit task is due by the statutory deadline")
                .isEqualTo(permit.at("/nextDeadline/dueAt").asText()).isNotBlank();
        assertThat(planner.get(APP + "/inbox").body()).as("case numbers in the inbox link to the case page")
                .contains("href=\"/inbox/cases/" + permit.get("id").asText() + "\"");
    }

    @Test
    void anOfficialOpensTheCompanysAttachmentWritesBackAndAddsANoteFromTheCasePage() {
        String applicant = tokens.of("applicant");
        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String id = inquiry.get("id").asText();
        byte[] pdf = "%PDF-1.7\nsite plan".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(api.postMultipart("/api/v1/inquiries/" + id + "/messages", applicant,
                Map.of("text", "Here is the site plan."),
                java.util.List.of(new org.etablering.support.Api.FilePart("attachments", "site-plan.pdf",
                        "application/pdf", pdf))).status()).isEqualTo(201);

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        String page = official.get(APP + "/inbox/cases/" + id).body();
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("href=\"(/inbox/cases/" + id + "/messages/[^\"]+/attachments/[^\"]+)\"").matcher(page);
        assertThat(link.find()).as("a link to the company's attachment").isTrue();
        HttpResponse<byte[]> file = official.download(APP + link.group(1));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");

        String csrf = WebBrowser.csrf(page);
        HttpResponse<String> sent = official.postMultipart(APP + "/inbox/cases/" + id + "/messages",
                Map.of("_csrf", csrf, "text", "Thank you; we will call you on Monday."));
        assertThat(sent.body()).contains("id=\"notice\"");
        assertThat(api.get("/api/v1/inquiries/" + id + "/messages", applicant).body().toString())
                .as("the company reads it at once").contains("we will call you on Monday");

        HttpResponse<String> noted = official.post(APP + "/inbox/cases/" + id + "/notes",
                "_csrf=" + WebBrowser.encode(csrf) + "&text=" + WebBrowser.encode("Called the CEO; land is urgent."));
        assertThat(noted.body()).contains("Called the CEO; land is urgent.");
        HttpResponse<String> empty = official.post(APP + "/inbox/cases/" + id + "/notes",
                "_csrf=" + WebBrowser.encode(csrf) + "&text=");
        assertThat(empty.body()).contains("id=\"problem-notice\"");
        assertThat(api.get("/api/v1/inquiries/" + id + "/messages", applicant).body().toString())
                .as("notes never reach the company").doesNotContain("Called the CEO");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.etablering.notification.Notifications notifications;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void officialsSeeTheirNotificationsOnAPageWithAnUnreadCountInTheHeader() {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        java.util.UUID caseId = java.util.UUID.fromString(inquiry.get("id").asText());
        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "development");
        official.get(APP + "/inbox/notifications");
        assertThat(official.get(APP + "/inbox").body()).doesNotContain("id=\"unread-notifications\"");

        transaction.executeWithoutResult(status -> {
            notifications.toRole("ostersund", "development", caseId, inquiry.get("caseNumber").asText(),
                    org.etablering.notification.Notifications.Kind.DEADLINE_NEAR, java.time.Instant.now());
            notifications.toPerson("ostersund", "development", caseId, inquiry.get("caseNumber").asText(),
                    org.etablering.notification.Notifications.Kind.DECISION_REQUESTED, null);
        });
        assertThat(official.get(APP + "/inbox").body()).contains("id=\"unread-notifications\"");
        HttpResponse<String> page = official.get(APP + "/inbox/notifications");
        assertThat(page.body()).contains("Lagstadgad tidsfrist närmar sig", "Sökanden begär beslut",
                "href=\"/inbox/cases/" + caseId + "\"");
        assertThat(official.get(APP + "/inbox").body()).as("read once seen").doesNotContain("id=\"unread-notifications\"");
    }

    @Test
    void theFinderRefusesWhatItCannotReadWithTheLocalizedPage() {
        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        assertThat(official.get(APP + "/inbox/cases?kind=NOTHING").statusCode()).isEqualTo(400);
        assertThat(official.get(APP + "/inbox/cases?cursor=forged").statusCode()).isEqualTo(400);
        assertThat(official.get(APP + "/inbox/cases/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
    }
}
