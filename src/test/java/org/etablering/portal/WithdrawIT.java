package org.etablering.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.Test;

/**
 * A company withdraws its cases before a decision: a land request holding a reservation (the parcel is available
 * again), a permit under review and an inquiry before triage. The open tasks end, the cases close as withdrawn with
 * the reason for the officials; a second withdrawal and another company's attempt are refused and change nothing.
 */
@FullStackTest
class WithdrawIT extends FullStackSupport {

    private static final String APP = "http://localhost:8089";
    private static final Duration ENGINE_STEP = Duration.ofSeconds(20);

    @Test
    void aCompanyWithdrawsALandRequestHoldingAReservationAndTheParcelIsAvailableAgain() {
        String applicant = tokens.of("applicant");
        String planning = tokens.of("planning");
        String designation = "Östersund Reträtt " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(api.post("/api/v1/parcels", tokens.of("admin"), Map.of("designation", designation, "area", "Lugnvik",
                "sizeSqm", 9_000, "zoning", "INDUSTRY", "powerMw", 1, "waterAndSewer", true, "roadAccess", true,
                "railAccess", false, "pricePerSqm", 80)).status()).isEqualTo(201);
        JsonNode request = api.post("/api/v1/land-requests", applicant, Map.of("companyName", "Norrsken Data AB",
                "purpose", "A warehouse", "minimumSizeSqm", 8_000)).body();
        String id = request.get("id").asText();
        String number = request.get("caseNumber").asText();
        Inbox inbox = new Inbox(api);
        inbox.complete(planning, number, "Match a parcel and make an offer",
                Map.of("offerDecision", "OFFER", "parcelDesignation", designation, "offerTerms", "Build within two years"));
        Eventually.await("the offer", ENGINE_STEP, () -> Optional.of(api.get("/api/v1/land-requests/" + id, applicant)
                .body()).filter(view -> view.has("offer") && view.get("offer").get("answerable").asBoolean()));
        assertThat(api.post("/api/v1/land-requests/" + id + "/offer/accept", applicant, "").status()).isEqualTo(200);
        inbox.await(planning, number, "Negotiate the agreement");

        assertThat(api.post("/api/v1/land-requests/" + id + "/withdraw", tokens.of("applicant2"), Map.of()).status())
                .as("another company's request").isEqualTo(404);
        WebBrowser company = new WebBrowser();
        company.submitLogin(company.get(APP + "/"), "applicant");
        String page = company.get(APP + "/portal/land/" + id).body();
        assertThat(page).contains("id=\"withdraw-form\"");
        String withdrawn = company.post(APP + "/portal/land/" + id + "/withdraw", "_csrf="
                + WebBrowser.encode(WebBrowser.csrf(page)) + "&reason=" + WebBrowser.encode("We found premises to rent")).body();
        assertThat(withdrawn).contains("id=\"notice\"");

        JsonNode closed = Eventually.await("the request withdrawn", ENGINE_STEP, () -> Optional.of(
                api.get("/api/v1/cases/" + id, planning).body()).filter(view -> view.hasNonNull("closedAt")));
        assertThat(closed.get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.get("/api/v1/land-requests/" + id, applicant).body().get("status").asText()).isEqualTo("WITHDRAWN");
        Eventually.await("the negotiation task to end", ENGINE_STEP, () -> Optional.of(true)
                .filter(any -> inbox.find(planning, number, "Negotiate the agreement").isEmpty()));
        assertThat(api.get("/api/v1/parcels?area=Lugnvik", planning).body().toString()).as("available again")
                .contains(designation).contains("AVAILABLE");
        assertThat(api.get("/api/v1/cases/" + id + "/audit", tokens.of("manager")).body().toString())
                .as("the officials see why").contains("We found premises to rent");

        assertThat(api.post("/api/v1/land-requests/" + id + "/withdraw", applicant, Map.of()).status())
                .as("only once").isEqualTo(409);
        assertThat(api.get("/api/v1/cases/" + id + "/audit", tokens.of("manager")).body().toString())
                .as("the refused attempt is audited").contains("REFUSED");
    }

    @Test
    void aPermitUnderReviewAndAnInquiryBeforeTriageAreWithdrawnAndTheirTasksEnd() {
        String applicant = tokens.of("applicant");
        JsonNode permit = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A workshop", "site", "Lugnvik 2:1")).body();
        String permitId = permit.get("id").asText();
        Inbox inbox = new Inbox(api);
        inbox.await(tokens.of("planning"), permit.get("caseNumber").asText(), "Check that the application is complete");
        assertThat(api.post("/api/v1/permits/" + permitId + "/withdraw", applicant,
                Map.of("reason", "x".repeat(2001))).status()).as("an over-long reason").isEqualTo(400);
        assertThat(api.post("/api/v1/permits/" + permitId + "/withdraw", applicant, Map.of("reason", "Not now")).status())
                .isEqualTo(202);
        Eventually.await("the permit withdrawn", ENGINE_STEP, () -> Optional.of(
                api.get("/api/v1/permits/" + permitId, applicant).body()).filter(view -> "WITHDRAWN".equals(view.get("status").asText())));
        Eventually.await("its task to end", ENGINE_STEP, () -> Optional.of(true).filter(any ->
                inbox.find(tokens.of("planning"), permit.get("caseNumber").asText(), "Check that the application is complete").isEmpty()));
        assertThat(api.post("/api/v1/permits/" + permitId + "/withdraw", applicant, Map.of()).status()).isEqualTo(409);

        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String inquiryId = inquiry.get("id").asText();
        inbox.await(tokens.of("firstline"), inquiry.get("caseNumber").asText(), "Triage the inquiry");
        assertThat(api.post("/api/v1/inquiries/" + inquiryId + "/withdraw", applicant, Map.of()).status()).isEqualTo(202);
        JsonNode closed = Eventually.await("the inquiry closed", ENGINE_STEP, () -> Optional.of(
                api.get("/api/v1/cases/" + inquiryId, tokens.of("firstline")).body()).filter(view -> view.hasNonNull("closedAt")));
        assertThat(closed.get("outcome").asText()).isEqualTo("WITHDRAWN");
        Eventually.await("the triage task to end", ENGINE_STEP, () -> Optional.of(true).filter(any ->
                inbox.find(tokens.of("firstline"), inquiry.get("caseNumber").asText(), "Triage the inquiry").isEmpty()));
    }
}
