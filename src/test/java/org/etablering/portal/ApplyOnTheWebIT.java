package org.etablering.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * A company applies for a permit and asks for land on the web, from the portal and from its inquiry's page: the
 * server checks the form in the user's language, keeps what was typed, a double click sends once, and the new cases
 * are linked to the inquiry and shown on its page. Officials have no such form.
 */
@FullStackTest
class ApplyOnTheWebIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

    @Test
    void aCompanyAppliesForAPermitAndAsksForLandOnTheWebOnceEvenOnADoubleClick() {
        String applicant = tokens.of("applicant");
        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String inquiryId = inquiry.get("id").asText();
        WebBrowser company = new WebBrowser();
        company.submitLogin(company.get(APP + "/"), "applicant");
        assertThat(company.get(APP + "/portal").body()).contains("id=\"apply-permit\"", "id=\"ask-land\"");

        String form = company.get(APP + "/portal/permits/new").body();
        assertThat(form).contains("Bygglov", "10 veckor").doesNotContain("Søknad om tillatelse");
        String refused = company.post(APP + "/portal/permits/new", fields(form, "permitType=&companyName=&description="
                + WebBrowser.encode("A hall"))).body();
        assertThat(refused).as("every problem named, what was typed kept").contains("id=\"apply-problems\"",
                "Typ av lov", "Företag", "A hall");
        int permitsBefore = api.get("/api/v1/permits", applicant).body().size();
        String application = fields(refused, "permitType=building-permit-se&companyName=" + WebBrowser.encode("Norrsken Data AB")
                + "&site=" + WebBrowser.encode("Torvalla 1:23") + "&description=" + WebBrowser.encode("A production hall"));
        HttpResponse<String> first = company.post(APP + "/portal/permits/new", application);
        HttpResponse<String> second = company.post(APP + "/portal/permits/new", application);
        assertThat(first.body()).contains("id=\"permit-status\"", "id=\"notice\"");
        assertThat(second.uri()).as("the second click lands on the same permit").isEqualTo(first.uri());
        assertThat(api.get("/api/v1/permits", applicant).body().size()).isEqualTo(permitsBefore + 1);

        String fromInquiry = company.get(APP + "/portal/permits/new?inquiry=" + inquiryId).body();
        assertThat(fromInquiry).contains("id=\"linked-inquiry\"").doesNotContain("id=\"companyName\"");
        String linked = company.post(APP + "/portal/permits/new", fields(fromInquiry,
                "permitType=building-permit-se&inquiry=" + inquiryId + "&description=" + WebBrowser.encode("A second hall"))).body();
        String permitId = idIn(company.get(APP + "/portal").body(), linked);
        assertThat(api.get("/api/v1/permits/" + permitId, applicant).body().get("inquiryId").asText()).isEqualTo(inquiryId);

        String drawingsForm = company.get(APP + "/portal/permits/new").body();
        assertThat(drawingsForm).as("each type described").contains("Bifoga ritningar", "id=\"attachments\"");
        int permitsBeforeDrawings = api.get("/api/v1/permits", applicant).body().size();
        String refusedFile = company.postMultipart(APP + "/portal/permits/new", withDrawings(drawingsForm), "attachments",
                "setup.exe", "MZ\u0090\u0000 not a drawing".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).body();
        assertThat(refusedFile).as("a refused file refuses the application, what was typed is kept")
                .contains("id=\"apply-problems\"", "Välj filerna igen", "A hall with its drawings");
        assertThat(api.get("/api/v1/permits", applicant).body().size()).isEqualTo(permitsBeforeDrawings);
        String withDrawing = company.postMultipart(APP + "/portal/permits/new", withDrawings(refusedFile), "attachments",
                "fasadritning.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body();
        assertThat(withDrawing).as("the drawing is with the application and among the case's documents")
                .contains("id=\"permit-status\"", "id=\"document-list\"", "fasadritning.pdf", "Bilagor till ansökan.");
        assertThat(api.get("/api/v1/permits", applicant).body().size()).isEqualTo(permitsBeforeDrawings + 1);

        String landForm = company.get(APP + "/portal/land/new?inquiry=" + inquiryId).body();
        String badNumber = company.post(APP + "/portal/land/new", fields(landForm, "inquiry=" + inquiryId
                + "&purpose=" + WebBrowser.encode("A battery plant") + "&powerMw=" + WebBrowser.encode("two"))).body();
        assertThat(badNumber).contains("id=\"apply-problems\"", "Effektbehov", "A battery plant");
        String asked = company.post(APP + "/portal/land/new", fields(badNumber, "inquiry=" + inquiryId
                + "&purpose=" + WebBrowser.encode("A battery plant") + "&minimumSizeSqm=" + WebBrowser.encode("12 000")
                + "&powerMw=" + WebBrowser.encode("2,5") + "&needsRail=true")).body();
        assertThat(asked).contains("id=\"notice\"");
        JsonNode land = api.get("/api/v1/land-requests", applicant).body().get(0);
        JsonNode request = api.get("/api/v1/land-requests/" + land.get("id").asText(), applicant).body();
        assertThat(request.get("powerMw").decimalValue()).as("a decimal comma").isEqualByComparingTo("2.5");
        assertThat(request.get("minimumSizeSqm").asInt()).isEqualTo(12_000);

        assertThat(company.get(APP + "/portal/cases/" + inquiryId).body())
                .as("the inquiry's page lists what was started from it").contains("id=\"related\"",
                        land.get("caseNumber").asText(), "id=\"apply-permit-from-inquiry\"");

        String permitPage = company.get(APP + "/portal/permits/" + permitId).body();
        assertThat(permitPage).contains("id=\"message-form\"", "id=\"withdraw-form\"");
        String wrote = company.postMultipart(APP + "/portal/permits/" + permitId + "/messages",
                java.util.Map.of("_csrf", WebBrowser.csrf(permitPage), "text", "Drawings follow next week.")).body();
        assertThat(wrote).contains("id=\"notice\"", "Drawings follow next week.");
        String empty = company.postMultipart(APP + "/portal/permits/" + permitId + "/messages",
                java.util.Map.of("_csrf", WebBrowser.csrf(wrote), "text", " ")).body();
        assertThat(empty).as("refused beside the field").contains("id=\"message-problem\"");
        String landPage = company.get(APP + "/portal/land/" + land.get("id").asText()).body();
        assertThat(company.postMultipart(APP + "/portal/land/" + land.get("id").asText() + "/messages",
                java.util.Map.of("_csrf", WebBrowser.csrf(landPage), "text", "Can the road be widened?")).body())
                .contains("Can the road be widened?");

        WebBrowser official = new WebBrowser();
        official.submitLogin(official.get(APP + "/"), "planning");
        assertThat(official.get(APP + "/inbox/cases/" + permitId).body()).as("the officials read it on the case page")
                .contains("Drawings follow next week.");
        assertThat(official.get(APP + "/portal/permits/new").statusCode()).as("companies only").isEqualTo(403);
    }

    private static java.util.Map<String, String> withDrawings(String page) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the form's one-time key").isTrue();
        return java.util.Map.of("_csrf", WebBrowser.csrf(page), "submissionToken", token.group(1),
                "permitType", "building-permit-se", "companyName", "Norrsken Data AB", "site", "Torvalla 1:23",
                "description", "A hall with its drawings");
    }

    private static String fields(String page, String fields) {
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the form's one-time key").isTrue();
        return "_csrf=" + WebBrowser.encode(WebBrowser.csrf(page)) + "&submissionToken=" + token.group(1) + "&" + fields;
    }

    /** The id of the newest permit linked from "My cases" that is not in the older page. */
    private static String idIn(String myCases, String permitPage) {
        Matcher permit = Pattern.compile("/portal/permits/([0-9a-f-]{36})").matcher(myCases);
        assertThat(permit.find()).isTrue();
        assertThat(permitPage).contains("id=\"permit-status\"");
        return permit.group(1);
    }
}
