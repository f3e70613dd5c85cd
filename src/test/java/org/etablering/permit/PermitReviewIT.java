package org.etablering.permit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.etablering.local.LocalStack;
import org.etablering.support.Api.Response;
import org.etablering.support.DecisionDocumentCheck;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.etablering.support.KeycloakAdmin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The permit review through the API with real people: "yes before no" cannot be skipped, and the
 * statutory clock is data that pauses, restarts, extends, warns and escalates.
 */
@FullStackTest
class PermitReviewIT extends FullStackSupport {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(15);
    /** A planner who is also a manager: the one person who could otherwise review their own rejection. */
    private static final String PLANNING_MANAGER = "planning-manager";

    private Inbox inbox;

    @BeforeEach
    void setUp() {
        inbox = new Inbox(api);
        new KeycloakAdmin(issuer()).create("/realms/etablering/users", Map.of(
                "username", PLANNING_MANAGER, "enabled", true, "emailVerified", true,
                "firstName", "Petra", "lastName", "Planner", "email", "pm@demo.etablering.local",
                "attributes", Map.of("municipality", List.of("ostersund")),
                "groups", List.of("/Planning and building", "/Managers"),
                "credentials", List.of(Map.of("type", "password", "value", PLANNING_MANAGER, "temporary", false))));
    }

    @Test
    void aRejectionComesOnlyAfterExploringCommunicatingAndAnotherPersonsReview() {
        JsonNode applied = apply("applicant");
        String id = applied.get("id").asText();
        String number = applied.get("caseNumber").asText();
        assertThat(applied.get("status").asText()).isEqualTo("COMPLETENESS_CHECK");
        JsonNode deadline = clock(applied, "PERMIT_DECISION");
        assertThat(deadline.get("normWeeks").asInt()).isEqualTo(10);
        assertThat(deadline.get("state").asText()).isEqualTo("RUNNING");
        assertThat(applied.get("feeReduction").get("percent").asInt()).isZero();
        assertThat(applied.has("alternatives")).as("internal records are not the applicant's").isFalse();
        assertThat(api.get("/api/v1/permits/" + id, tokens.of("applicant2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/permits/" + id, tokens.of("firstline-no")).status()).isEqualTo(404);

        String officer = tokens.of(PLANNING_MANAGER);
        assess(officer, number, "REJECT", "The detailed plan reserves the site for small businesses.");

        String explorePath = claim(officer, number, "Explore a way to yes");
        Response smuggled = api.post(explorePath + "/complete", officer, Map.of("alternativeKind", "CONDITIONS",
                "alternativeDescription", "A lower building", "alternativeWorks", "no", "wayToYesFound", true));
        assertThat(smuggled.status()).as("a variable outside the form").isEqualTo(400);
        assertThat(api.post(explorePath + "/complete", officer, Map.of("alternativeKind", "CONDITIONS",
                "alternativeDescription", "A lower building does not meet the plan either", "alternativeWorks", "no",
                "dialogueWithApplicant", "Phone call with the applicant")).status()).isEqualTo(200);

        JsonNode communicating = awaitStatus(id, "COMMUNICATING", "applicant");
        assertThat(communicating.get("messages")).anySatisfy(message ->
                assertThat(message.get("kind").asText()).isEqualTo("DRAFT_DECISION"));
        assertThat(inbox.find(officer, number, "Write the decision")).isEmpty();
        assertThat(inbox.find(tokens.of("manager"), number, "Review the proposed rejection"))
                .as("no review while the applicant may still reply").isEmpty();

        String applicant = tokens.of("applicant");
        assertThat(api.post("/api/v1/permits/" + id + "/reply", applicant, Map.of("text", " ")).status())
                .as("an empty reply").isEqualTo(400);
        assertThat(api.post("/api/v1/permits/" + id + "/reply", tokens.of("applicant2"),
                Map.of("nothingToAdd", true)).status()).as("another company's permit").isEqualTo(404);
        org.etablering.support.WebBrowser company = new org.etablering.support.WebBrowser();
        company.submitLogin(company.get("http://localhost:8089/"), "applicant");
        String permitPage = company.get("http://localhost:8089/portal/permits/" + id).body();
        assertThat(permitPage).as("the request on the permit's page, with its last day")
                .contains("id=\"answer\"", "id=\"answer-due\"", "id=\"nothing-to-add\"");
        String csrf = "_csrf=" + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(permitPage));
        assertThat(company.post("http://localhost:8089/portal/permits/" + id + "/reply", csrf + "&text=%20").body())
                .as("an empty reply, said beside the field").contains("id=\"answer-text-problem\"");
        String answered = company.post("http://localhost:8089/portal/permits/" + id + "/reply", csrf + "&nothingToAdd=true").body();
        assertThat(answered).contains("id=\"notice\"").doesNotContain("id=\"answer-form\"");
        assertThat(api.post("/api/v1/permits/" + id + "/reply", applicant, Map.of("text", "And one more thing")).status())
                .as("the reply is given").isEqualTo(409);
        String considerPath = claim(officer, number, "Consider the applicant's reply to the draft");
        assertThat(api.post(considerPath + "/complete", officer, Map.of("replyChangesAssessment", "no")).status())
                .as("the reason is needed").isEqualTo(400);
        assertThat(api.post(considerPath + "/complete", officer, Map.of("replyChangesAssessment", "no",
                "considerationNote", "Nothing new; the plan still reserves the site.")).status()).isEqualTo(200);
        JsonNode review = inbox.await(tokens.of("manager"), number, "Review the proposed rejection");
        assertThat(review.get("caseNumber").asText()).as("the second review the same day, not after the reply time")
                .isEqualTo(number);
        String reviewPath = "/api/v1/tasks/" + review.get("id").asText();
        assertThat(api.post(reviewPath + "/claim", officer, "").status()).isEqualTo(200);
        Response ownReview = api.post(reviewPath + "/complete", officer,
                Map.of("reviewVerdict", "AGREE", "reviewComment", "I agree with myself"));
        assertThat(ownReview.status()).as("four eyes").isEqualTo(409);
        assertThat(api.get(reviewPath, officer).body().get("state").asText()).isEqualTo("OPEN");
        api.post(reviewPath + "/unclaim", officer, "");
        inbox.complete(tokens.of("manager"), number, "Review the proposed rejection",
                Map.of("reviewVerdict", "AGREE", "reviewComment", "The plan leaves no room."));

        inbox.complete(officer, number, "Write the decision", Map.of("decisionOutcome", "REJECTED",
                "legalBasis", "Plan- och bygglagen 9 kap. 30 §", "reasoning", "The building is against the detailed plan."));
        JsonNode decided = awaitStatus(id, "DECIDED", PLANNING_MANAGER);
        assertThat(decided.get("decision").get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(decided.get("decision").get("decidedBy").asText()).isEqualTo(PLANNING_MANAGER);
        assertThat(decided.get("measures").get("proposedNo").asBoolean()).isTrue();
        assertThat(decided.get("measures").get("rejectedAfterCommunication").asBoolean()).isTrue();
        assertThat(decided.get("alternatives")).hasSize(1);
        assertThat(decided.get("reviews")).extracting(r -> r.get("reviewer").asText()).containsExactly("manager");
        assertThat(StreamSupport.stream(decided.get("steps").spliterator(), false).map(s -> s.get("step").asText()))
                .containsSubsequence("COMPLETENESS_CHECK", "IN_ASSESSMENT", "EXPLORING_YES", "COMMUNICATING",
                        "SECOND_REVIEW", "DECIDING", "DECIDED");
        assertThat(clock(decided, "PERMIT_DECISION").get("state").asText()).isEqualTo("STOPPED");

        JsonNode applicantView = api.get("/api/v1/permits/" + id, tokens.of("applicant")).body();
        assertThat(applicantView.get("decision").get("appeal").asText()).contains("inom tre veckor");
        assertThat(applicantView.get("decision").has("decidedBy")).isFalse();
        assertThat(applicantView.get("messages")).as("the decision, in the municipality's language").anySatisfy(message -> {
            assertThat(message.get("kind").asText()).isEqualTo("DECISION");
            assertThat(message.get("text").asText()).startsWith("Beslut: avslås").contains("Lagrum: Plan- och bygglagen");
        });

        String decisionText = DecisionDocumentCheck.textOf(api, id, "PERMIT_DECISION", tokens.of("applicant"));
        assertThat(decisionText).as("the decision as a document, in Swedish").contains("Östersunds kommun",
                "Beslut: Bygglov", "Diarienummer: " + number, "Ansökan avslås.", "Plan- och bygglagen 9 kap. 30 §",
                "The building is against the detailed plan.", "Så överklagar ni", "inom tre veckor", PLANNING_MANAGER,
                "Sida 1 av 1");
        assertThat(DecisionDocumentCheck.textOf(api, id, "PERMIT_DECISION", officer)).as("the officials' copy")
                .isEqualTo(decisionText);
        JsonNode documents = api.get("/api/v1/cases/" + id + "/documents", applicant).body();
        String documentPath = "/api/v1/cases/" + id + "/documents/" + documents.get(0).get("id").asText();
        assertThat(api.download(documentPath, tokens.of("applicant2")).statusCode()).as("another company")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + id + "/documents", tokens.of("applicant2")).status()).isEqualTo(404);
        assertThat(api.download("/api/v1/cases/" + id + "/documents/" + java.util.UUID.randomUUID(), applicant)
                .statusCode()).isEqualTo(404);
        assertThat(company.get("http://localhost:8089/portal/permits/" + id).body())
                .as("the documents on the company's page").contains("id=\"document-list\"", "/portal/permits/" + id
                        + "/documents/" + documents.get(0).get("id").asText());
        java.net.http.HttpResponse<byte[]> fromPage = company.download("http://localhost:8089/portal/permits/" + id
                + "/documents/" + documents.get(0).get("id").asText());
        assertThat(fromPage.statusCode()).isEqualTo(200);
        assertThat(DecisionDocumentCheck.text(fromPage.body())).isEqualTo(decisionText);
    }

    @Test
    void aProposedYesCannotBeTurnedIntoARejectionAtTheDecision() {
        JsonNode applied = apply("applicant");
        String id = applied.get("id").asText();
        String number = applied.get("caseNumber").asText();
        String planning = tokens.of("planning");
        assess(planning, number, "APPROVE_WITH_CONDITIONS", "Fits the plan if the noise is limited.");

        String path = claim(planning, number, "Write the decision");
        Response rejection = api.post(path + "/complete", planning, Map.of("decisionOutcome", "REJECTED",
                "legalBasis", "PBL 9:30", "reasoning", "Changed my mind"));
        assertThat(rejection.status()).isEqualTo(409);
        assertThat(rejection.body().get("code").asText()).isEqualTo("rejection-not-allowed");
        assertThat(rejection.body().get("detail").asText()).as("in the municipality's language")
                .contains("har inte föreslagit avslag");
        Response inEnglish = api.post(path + "/complete", planning, Map.of("decisionOutcome", "REJECTED",
                "legalBasis", "PBL 9:30", "reasoning", "Changed my mind"), Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(inEnglish.body().get("detail").asText()).contains("not proposed a rejection");
        assertThat(inEnglish.body().get("title").asText()).isEqualTo("Conflict");
        Response inUnknownLanguage = api.post(path + "/complete", planning, Map.of("decisionOutcome", "REJECTED",
                "legalBasis", "PBL 9:30", "reasoning", "Changed my mind"), Map.of("Accept-Language", "zz, *;q=0.1"));
        assertThat(inUnknownLanguage.body().get("detail").asText()).as("falls back to the municipality's language")
                .contains("har inte föreslagit avslag");
        Response withoutConditions = api.post(path + "/complete", planning, Map.of("decisionOutcome",
                "APPROVED_WITH_CONDITIONS", "legalBasis", "PBL 9:30", "reasoning", "Fits the plan"));
        assertThat(withoutConditions.status()).isEqualTo(400);
        assertThat(api.get(path, planning).body().get("state").asText()).isEqualTo("OPEN");

        assertThat(api.post(path + "/complete", planning, Map.of("decisionOutcome", "APPROVED_WITH_CONDITIONS",
                "legalBasis", "PBL 9:30", "reasoning", "Fits the plan", "conditions", "Noise at most 40 dB(A) at night"))
                .status()).isEqualTo(200);
        JsonNode decided = awaitStatus(id, "DECIDED", "planning");
        assertThat(decided.get("decision").get("conditions").asText()).contains("40 dB");
        assertThat(decided.get("measures").get("proposedNo").asBoolean()).isFalse();
    }

    @Test
    void theStatutoryClockPausesRestartsExtendsAndItsWatchWarnsAndEscalates() {
        JsonNode applied = apply("applicant");
        String id = applied.get("id").asText();
        String number = applied.get("caseNumber").asText();
        String planning = tokens.of("planning");
        String applicant = tokens.of("applicant");

        inbox.complete(planning, number, "Check that the application is complete",
                Map.of("applicationComplete", "no", "missingInformation", "Please add the site plan."));
        JsonNode waiting = awaitStatus(id, "AWAITING_COMPLETION", "applicant");
        assertThat(clock(waiting, "PERMIT_DECISION").get("state").asText()).isEqualTo("PAUSED");
        assertThat(api.post("/api/v1/permits/" + id + "/reply", applicant, Map.of("text", "Hello")).status())
                .as("nothing to reply to").isEqualTo(409);

        org.etablering.support.WebBrowser company = new org.etablering.support.WebBrowser();
        company.submitLogin(company.get("http://localhost:8089/"), "applicant");
        assertThat(company.get("http://localhost:8089/portal/permits/" + id).body())
                .as("the completion request on the permit's page").contains("/portal/permits/" + id + "/completion",
                        "id=\"answer-due\"").doesNotContain("id=\"nothing-to-add\"");
        String completionPage = company.get("http://localhost:8089/portal/permits/" + id).body();
        String refusedFile = company.postMultipart("http://localhost:8089/portal/permits/" + id + "/completion",
                Map.of("_csrf", org.etablering.support.WebBrowser.csrf(completionPage), "text", "Site plan attached."),
                "attachments", "site-plan.pdf", new byte[] {'M', 'Z', 0, 0}).body();
        assertThat(refusedFile).as("a refused file refuses the completion, the text is kept")
                .contains("id=\"answer-text-problem\"", "Site plan attached.");
        assertThat(view(id, "applicant").get("status").asText()).isEqualTo("AWAITING_COMPLETION");
        Instant beforeCompletion = LocalStack.clock().instant();
        String completedPage = company.postMultipart("http://localhost:8089/portal/permits/" + id + "/completion",
                Map.of("_csrf", org.etablering.support.WebBrowser.csrf(refusedFile), "text", "Site plan attached."),
                "attachments", "site-plan.pdf", "%PDF-1.7\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).body();
        assertThat(completedPage).contains("id=\"notice\"", "site-plan.pdf");
        JsonNode restarted = clock(view(id, "applicant"), "PERMIT_DECISION");
        assertThat(restarted.get("state").asText()).isEqualTo("RUNNING");
        assertThat(Instant.parse(restarted.get("countedFrom").asText())).as("counted again from the complete application")
                .isAfter(beforeCompletion.minusSeconds(1));
        assertThat(api.post("/api/v1/permits/" + id + "/completion", applicant, Map.of("text", "Again")).status())
                .isEqualTo(409);

        Instant dueBefore = Instant.parse(restarted.get("dueAt").asText());
        assertThat(api.post("/api/v1/permits/" + id + "/clock/extension", tokens.of("business"),
                Map.of("weeks", 4, "reason", "Consultation")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/permits/" + id + "/clock/extension", planning,
                Map.of("weeks", 11, "reason", "Too long")).status()).isEqualTo(409);
        Response extended = api.post("/api/v1/permits/" + id + "/clock/extension", planning,
                Map.of("weeks", 4, "reason", "The county board must be consulted"));
        assertThat(extended.status()).isEqualTo(200);
        JsonNode extendedClock = clock(extended.body(), "PERMIT_DECISION");
        Instant dueAfter = Instant.parse(extendedClock.get("dueAt").asText());
        assertThat(Duration.between(dueBefore, dueAfter).toDays()).isBetween(28L, 31L);
        assertThat(extendedClock.get("extension").get("reason").asText()).contains("county board");
        assertThat(api.post("/api/v1/permits/" + id + "/clock/extension", planning,
                Map.of("weeks", 1, "reason", "Once more")).status()).as("one extension only").isEqualTo(409);

        assertThat(api.post("/api/v1/permits/" + id + "/clock/pause", planning, "").status()).isEqualTo(200);
        assertThat(clock(view(id, "planning"), "PERMIT_DECISION").get("state").asText()).isEqualTo("PAUSED");
        assertThat(api.post("/api/v1/permits/" + id + "/clock/resume", planning, "").status()).isEqualTo(200);
        JsonNode resumed = clock(view(id, "planning"), "PERMIT_DECISION");
        assertThat(resumed.get("pauses")).hasSize(2);

        // the watch set its timers from the recomputed date: the warning comes five working days before it
        Duration untilDue = Duration.between(LocalStack.clock().instant(), Instant.parse(resumed.get("dueAt").asText()));
        LocalStack.advanceTime(untilDue.minusDays(3));
        Eventually.await("the warning to the managers", ENGINE_STEP, () -> notification("manager", number, "DEADLINE_NEAR"));
        assertThat(inbox.find(tokens.of("manager"), number, "Deal with the missed deadline")).isEmpty();

        // six days late, whatever the time of day: within the first started week
        LocalStack.advanceTime(Duration.ofDays(9));
        inbox.await(tokens.of("manager"), number, "Deal with the missed deadline");
        Eventually.await("the notice of the missed deadline", ENGINE_STEP,
                () -> notification("manager", number, "DEADLINE_MISSED"));
        JsonNode overdue = view(id, "applicant");
        assertThat(clock(overdue, "PERMIT_DECISION").get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("feeReduction").get("percent").asInt()).as("one fifth per started week").isEqualTo(20);
    }

    @Test
    void afterSixMonthsTheApplicantMayRequestADecision() {
        JsonNode applied = apply("applicant");
        String id = applied.get("id").asText();
        String number = applied.get("caseNumber").asText();
        String applicant = tokens.of("applicant");
        assertThat(applied.get("decisionRequestable").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/permits/" + id + "/request-decision", applicant, "").status()).isEqualTo(409);

        LocalStack.advanceTime(Duration.ofDays(190));
        assertThat(view(id, "applicant").get("decisionRequestable").asBoolean()).isTrue();
        // the half year's timers are firing and may change the case at the same moment: a person would retry
        Response requested = Eventually.await("the request for a decision", ENGINE_STEP, () -> {
            Response tried = api.post("/api/v1/permits/" + id + "/request-decision", applicant, "");
            return tried.status() == 409 && "changed-meanwhile".equals(tried.body().path("code").asText())
                    ? java.util.Optional.empty() : java.util.Optional.of(tried);
        });
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(200);
        assertThat(clock(requested.body(), "DECISION_REQUESTED").get("normWeeks").asInt()).isEqualTo(4);
        assertThat(api.post("/api/v1/permits/" + id + "/request-decision", applicant, "").status()).isEqualTo(409);

        inbox.complete(tokens.of("planning"), number, "Answer the request for a decision",
                Map.of("requestAnswer", "REFUSE_REQUEST", "answerReasoning", "The applicant has not paid the deposit."));
        JsonNode answered = Eventually.await("the answer", ENGINE_STEP, () -> {
            JsonNode view = view(id, "applicant");
            return clock(view, "DECISION_REQUESTED").get("state").asText().equals("STOPPED")
                    ? Optional.of(view) : Optional.empty();
        });
        assertThat(answered.get("messages")).anySatisfy(message ->
                assertThat(message.get("kind").asText()).isEqualTo("DECISION_REQUEST_ANSWER"));
        assertThat(DecisionDocumentCheck.textOf(api, id, "DECISION_REQUEST_ANSWER", applicant))
                .contains("Svar på begäran om avgörande", number, "Er begäran om avgörande avslås.",
                        "The applicant has not paid the deposit.", "12 § förvaltningslagen (2017:900)", "Så överklagar ni");
    }

    @Test
    void aHandOffThatAsksForAPermitReviewStartsOneLinkedToTheInquiry() {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind()).body();
        String inquiryId = inquiry.get("id").asText();
        String caseNumber = inquiry.get("caseNumber").asText();
        inbox.complete(tokens.of("firstline"), caseNumber, "Triage the inquiry", Map.of("inquiryComplete", "yes"));
        String business = tokens.of("business");
        inbox.complete(business, caseNumber, "Accept the hand-off", Map.of("acceptHandOff", true));
        inbox.complete(business, caseNumber, "Work the hand-off",
                Map.of("summary", "A workshop needs a building permit", "followUp", "PERMIT_REVIEW"));

        JsonNode permit = Eventually.await("the permit started from the hand-off", ENGINE_STEP, () ->
                StreamSupport.stream(api.get("/api/v1/permits", tokens.of("applicant2")).body().spliterator(), false)
                        .map(summary -> view(summary.get("id").asText(), "applicant2"))
                        .filter(view -> inquiryId.equals(view.path("inquiryId").asText()))
                        .findFirst());
        assertThat(permit.get("permitType").asText()).isEqualTo("building-permit-se");
        assertThat(permit.get("companyName").asText()).isEqualTo("Fjällvind Energi AB");
        inbox.await(tokens.of("planning"), permit.get("caseNumber").asText(), "Check that the application is complete");
    }

    @Test
    void badApplicationsAreRefusedAndChangeNothing() {
        String applicant = tokens.of("applicant");
        int before = api.get("/api/v1/permits", applicant).body().size();

        Response unknownType = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-no",
                "companyName", "Norrsken Data AB", "description", "A hall"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.body().at("/errors/0/field").asText()).isEqualTo("permitType");
        assertThat(api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/permits", tokens.of("planning"), Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/permits", applicant).body().size()).isEqualTo(before);
    }

    private JsonNode apply(String user) {
        Response created = api.post("/api/v1/permits", tokens.of(user), Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A data centre hall of 12 000 m²", "site", "Torvalla 1:23"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    private void assess(String officer, String caseNumber, String proposal, String reasoning) {
        inbox.complete(officer, caseNumber, "Check that the application is complete", Map.of("applicationComplete", "yes"));
        inbox.complete(officer, caseNumber, "Assess the application",
                Map.of("proposedOutcome", proposal, "proposalReasoning", reasoning));
    }

    /** Claims the task and returns its path, for a test that completes it by hand. */
    private String claim(String token, String caseNumber, String taskName) {
        String path = "/api/v1/tasks/" + inbox.await(token, caseNumber, taskName).get("id").asText();
        assertThat(api.post(path + "/claim", token, "").status()).isEqualTo(200);
        return path;
    }

    private JsonNode view(String id, String user) {
        Response view = api.get("/api/v1/permits/" + id, tokens.of(user));
        assertThat(view.status()).isEqualTo(200);
        return view.body();
    }

    private JsonNode awaitStatus(String id, String status, String user) {
        return Eventually.await("permit status " + status, ENGINE_STEP, () -> {
            JsonNode view = view(id, user);
            return status.equals(view.get("status").asText()) ? Optional.of(view) : Optional.empty();
        });
    }

    private Optional<JsonNode> notification(String user, String caseNumber, String kind) {
        return StreamSupport.stream(api.get("/api/v1/notifications", tokens.of(user)).body().spliterator(), false)
                .filter(n -> caseNumber.equals(n.get("caseNumber").asText()) && kind.equals(n.get("kind").asText()))
                .findFirst();
    }

    private static JsonNode clock(JsonNode view, String kind) {
        return StreamSupport.stream(view.get("clocks").spliterator(), false)
                .filter(clock -> clock.get("kind").asText().equals(kind))
                .reduce((first, later) -> later)
                .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + view.get("clocks")));
    }
}
