package org.etablering.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.etablering.local.LocalStack;
import org.etablering.support.Api.FilePart;
import org.etablering.support.Api.Response;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The establishment inquiry through the API, as the company and the officials drive it, on the real
 * engine, database and Keycloak. Where the process waits for months, the local engine's clock (and
 * with it the application's) is moved forward.
 */
@FullStackTest
class EstablishmentInquiryIT extends FullStackSupport {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(15);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXECUTABLE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private Inbox inbox;

    @BeforeEach
    void inbox() {
        inbox = new Inbox(api);
    }

    @Test
    void fromSubmissionThroughHandOffsMeetingAndResponseToAnEstablishment() {
        JsonNode submitted = submit("applicant", Inquiries.norrsken());
        String id = submitted.get("id").asText();
        String caseNumber = submitted.get("caseNumber").asText();

        inbox.complete(tokens.of("firstline"), caseNumber, "Triage the inquiry",
                Map.of("inquiryComplete", "yes", "triageNote", "Large data centre; land and power are the questions"));
        awaitStatus(id, "HANDED_OFF");

        // the hand-offs start in parallel, each in a process of its own
        JsonNode handedOff = Eventually.await("three hand-offs with their tasks", ENGINE_STEP, () -> {
            JsonNode view = officialView(id);
            return view.get("handOffs").size() == 3 && view.get("openTasks").size() == 3
                    ? Optional.of(view) : Optional.empty();
        });
        assertThat(roles(handedOff.get("handOffs"))).containsExactlyInAnyOrder("business", "planning", "development");
        for (JsonNode handOff : handedOff.get("handOffs")) {
            assertThat(handOff.get("fromRole").asText()).isEqualTo("first-line");
            assertThat(handOff.get("state").asText()).isEqualTo("REQUESTED");
            assertThat(handOff.get("reason").asText()).isNotBlank();
            assertThat(handOff.hasNonNull("acceptanceDue")).isTrue();
        }
        assertThat(handedOff.get("openTasks")).extracting(task -> task.get("name").asText())
                .containsOnly("Accept the hand-off");

        for (String function : List.of("business", "planning", "development")) {
            String token = tokens.of(function);
            inbox.complete(token, caseNumber, "Accept the hand-off", Map.of("acceptHandOff", true));
            inbox.complete(token, caseNumber, "Work the hand-off", Map.of(
                    "summary", "What " + function + " found",
                    "nextSteps", "Meet the company",
                    "followUp", function.equals("planning") ? "PERMIT_AND_LAND" : "NONE"));
        }

        String firstLine = tokens.of("firstline");
        inbox.complete(firstLine, caseNumber, "Hold the coordinated meeting with the company", Map.of(
                "meetingDate", "2026-12-03",
                "participatingFunctions", List.of("first-line", "business", "planning", "development"),
                "meetingSummary", "Torvalla fits; grid connection to be confirmed"));
        inbox.complete(firstLine, caseNumber, "Write the municipality's response",
                Map.of("responseToCompany", "We can offer land in Torvalla and will start the permit review."));
        awaitStatus(id, "FOLLOW_UP");

        LocalStack.advanceTime(Duration.ofDays(100));
        inbox.complete(firstLine, caseNumber, "Follow up with the company", Map.of("outcome", "ESTABLISHED"));
        JsonNode closed = awaitStatus(id, "CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("ESTABLISHED");
        assertThat(closed.hasNonNull("closedAt")).isTrue();

        JsonNode official = officialView(id);
        assertThat(official.get("openTasks")).isEmpty();
        assertThat(kinds(official.get("timeline"))).containsSubsequence(
                "RECEIVED", "TRIAGED", "HANDED_OFF", "HANDOFF_ACCEPTED", "HANDOFF_COMPLETED",
                "COORDINATION_STARTED", "RESPONSE_SENT", "FOLLOW_UP_SCHEDULED", "CLOSED");
        for (JsonNode handOff : official.get("handOffs")) {
            assertThat(handOff.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(handOff.get("acceptedBy").asText()).isEqualTo(handOff.get("toRole").asText());
            assertThat(handOff.get("waitingSeconds").asLong()).isNotNegative();
            assertThat(handOff.get("summary").asText()).startsWith("What ");
        }
        JsonNode planning = StreamSupport.stream(official.get("handOffs").spliterator(), false)
                .filter(h -> h.get("toRole").asText().equals("planning")).findFirst().orElseThrow();
        assertThat(planning.get("followUp").asText()).isEqualTo("PERMIT_AND_LAND");
        JsonNode land = StreamSupport.stream(api.get("/api/v1/land-requests", tokens.of("applicant")).body().spliterator(), false)
                .map(summary -> api.get("/api/v1/land-requests/" + summary.get("id").asText(), tokens.of("applicant")).body())
                .filter(view -> id.equals(view.path("inquiryId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no land request started from the planning hand-off"));
        assertThat(land.get("minimumSizeSqm").asInt()).as("the land the inquiry asked for").isPositive();
        inbox.await(tokens.of("planning"), land.get("caseNumber").asText(), "Match a parcel and make an offer");

        JsonNode company = api.get("/api/v1/inquiries/" + id, tokens.of("applicant")).body();
        assertThat(company.get("status").asText()).isEqualTo("CLOSED");
        assertThat(company.has("notes")).as("internal notes").isFalse();
        assertThat(company.has("openTasks")).isFalse();
        assertThat(company.toString()).doesNotContain("Large data centre").doesNotContain("firstline");
        assertThat(company.get("handOffs")).hasSize(3);
        assertThat(company.get("handOffs").get(0).has("summary")).as("the functions' internal summaries").isFalse();
        JsonNode response = messages(id, "applicant").stream()
                .filter(m -> m.get("kind").asText().equals("RESPONSE")).findFirst().orElseThrow();
        assertThat(response.get("text").asText()).contains("Torvalla");
        assertThat(response.get("fromCompany").asBoolean()).isFalse();
        assertThat(org.etablering.support.DecisionDocumentCheck.textOf(api, id, "INQUIRY_RESPONSE", tokens.of("applicant")))
                .as("the answer as a document").contains("Svar på er förfrågan", "Torvalla",
                        "Östersunds kommun, näringslivsservice");
    }

    @Test
    void anIncompleteInquiryWaitsForTheCompanysAnswerWithAnAttachment() {
        JsonNode submitted = submit("applicant", Inquiries.norrsken());
        String id = submitted.get("id").asText();
        String caseNumber = submitted.get("caseNumber").asText();
        String firstLine = tokens.of("firstline");
        String applicant = tokens.of("applicant");

        inbox.complete(firstLine, caseNumber, "Triage the inquiry",
                Map.of("inquiryComplete", "no", "missingInformation", "Please send a site plan of the data centre."));
        awaitStatus(id, "AWAITING_COMPLETION");

        JsonNode waiting = officialView(id);
        assertThat(clock(waiting, "FIRST_CONTACT").get("state").asText()).isEqualTo("PAUSED");
        assertThat(clock(waiting, "COMPLETION_ANSWER").get("state").asText()).isEqualTo("RUNNING");
        assertThat(waiting.get("nextDeadline").get("kind").asText()).isEqualTo("COMPLETION_ANSWER");
        assertThat(waiting.get("nextDeadline").get("workingDaysLeft").asInt()).isBetween(9, 10);
        assertThat(messages(id, "applicant")).anySatisfy(message -> {
            assertThat(message.get("kind").asText()).isEqualTo("COMPLETION_REQUEST");
            assertThat(message.get("text").asText()).contains("site plan");
        });

        int before = messages(id, "applicant").size();
        Response disguised = api.postMultipart("/api/v1/inquiries/" + id + "/messages", applicant,
                Map.of("text", "Here is the plan"),
                List.of(new FilePart("attachments", "site-plan.pdf", "application/pdf", EXECUTABLE)));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.body().at("/errors/0/field").asText()).isEqualTo("attachments[0]");
        assertThat(messages(id, "applicant")).hasSize(before);
        assertThat(status(id)).as("a refused answer does not resume the process").isEqualTo("AWAITING_COMPLETION");

        Response answered = api.postMultipart("/api/v1/inquiries/" + id + "/messages", applicant,
                Map.of("text", "Here is the site plan."),
                List.of(new FilePart("attachments", "site-plan.pdf", "application/octet-stream", PDF)));
        assertThat(answered.status()).isEqualTo(201);
        JsonNode attachment = answered.body().get("attachments").get(0);
        assertThat(attachment.get("contentType").asText()).as("typed by content").isEqualTo("application/pdf");
        assertThat(api.download(attachment.get("href").asText(), firstLine).body()).isEqualTo(PDF);
        assertThat(api.download(attachment.get("href").asText(), tokens.of("applicant2")).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/inquiries/" + id + "/messages", tokens.of("applicant2")).status()).isEqualTo(404);

        inbox.await(firstLine, caseNumber, "Triage the inquiry");
        JsonNode resumed = officialView(id);
        assertThat(resumed.get("status").asText()).isEqualTo("IN_TRIAGE");
        JsonNode firstContact = clock(resumed, "FIRST_CONTACT");
        assertThat(firstContact.get("state").asText()).isEqualTo("RUNNING");
        assertThat(firstContact.get("pauses")).hasSize(1);
        assertThat(firstContact.get("pauses").get(0).get("reason").asText()).isEqualTo("COMPLETION_REQUESTED");
        assertThat(firstContact.get("pauses").get(0).hasNonNull("resumedAt")).isTrue();
        assertThat(clock(resumed, "COMPLETION_ANSWER").get("state").asText()).isEqualTo("STOPPED");
        assertThat(kinds(resumed.get("timeline"))).containsSubsequence(
                "RECEIVED", "COMPLETION_REQUESTED", "MESSAGE_FROM_COMPANY", "COMPLETION_RECEIVED");

        api.post("/api/v1/inquiries/" + id + "/messages", applicant, Map.of("text", "One more thing"));
        assertThat(inbox.tasks(firstLine, "?caseNumber=" + caseNumber)).as("a second message is not a second answer")
                .hasSize(1);
    }

    @Test
    void anUnansweredCompletionRequestIsRemindedAndThenClosedAsWithdrawn() {
        JsonNode submitted = submit("applicant", Inquiries.norrsken());
        String id = submitted.get("id").asText();
        inbox.complete(tokens.of("firstline"), submitted.get("caseNumber").asText(), "Triage the inquiry",
                Map.of("inquiryComplete", "no", "missingInformation", "How many jobs?"));
        awaitStatus(id, "AWAITING_COMPLETION");

        LocalStack.advanceTime(Duration.ofDays(10));
        Eventually.await("the reminder", ENGINE_STEP, () -> messages(id, "applicant").stream()
                .filter(m -> m.get("kind").asText().equals("REMINDER")).findFirst());
        assertThat(status(id)).isEqualTo("AWAITING_COMPLETION");

        LocalStack.advanceTime(Duration.ofDays(10));
        JsonNode closed = awaitStatus(id, "CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/v1/inquiries/" + id + "/messages", tokens.of("applicant"), Map.of("text", "Too late?"))
                .status()).as("a closed case takes no messages").isEqualTo(409);
    }

    @Test
    void aHandOffNotAcceptedInTimeGoesToAManagerAndStaysOpen() {
        JsonNode submitted = submit("applicant2", Inquiries.fjallvind());
        String id = submitted.get("id").asText();
        String caseNumber = submitted.get("caseNumber").asText();
        inbox.complete(tokens.of("firstline"), caseNumber, "Triage the inquiry", Map.of("inquiryComplete", "yes"));
        awaitStatus(id, "HANDED_OFF");
        String business = tokens.of("business");
        inbox.await(business, caseNumber, "Accept the hand-off");

        LocalStack.advanceTime(Duration.ofDays(14));
        String manager = tokens.of("manager");
        JsonNode escalation = inbox.await(manager, caseNumber, "See that the late hand-off is accepted");
        JsonNode late = officialView(id).get("handOffs").get(0);
        assertThat(late.get("state").asText()).isEqualTo("REQUESTED");
        assertThat(late.hasNonNull("escalatedAt")).isTrue();
        assertThat(kinds(officialView(id).get("timeline"))).contains("HANDOFF_ESCALATED");
        assertThat(inbox.find(business, caseNumber, "Accept the hand-off")).as("the hand-off stays open").isPresent();

        inbox.complete(business, caseNumber, "Accept the hand-off", Map.of("acceptHandOff", true));
        String escalationPath = "/api/v1/tasks/" + escalation.get("id").asText();
        Eventually.await("the manager's task to be closed with the acceptance", ENGINE_STEP, () -> {
            JsonNode task = api.get(escalationPath, manager).body();
            return task.path("state").asText().equals("CANCELLED") ? Optional.of(task) : Optional.empty();
        });
        assertThat(inbox.find(manager, caseNumber, "See that the late hand-off is accepted")).isEmpty();
        JsonNode accepted = officialView(id).get("handOffs").get(0);
        assertThat(accepted.get("state").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("waitingSeconds").asLong()).as("measured on the application's clock")
                .isGreaterThanOrEqualTo(Duration.ofDays(14).toSeconds());
    }

    @Test
    void theSameSubmissionSentTwiceMakesOneCase() {
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        Map<String, Object> inquiry = Inquiries.norrsken();

        Response first = api.post("/api/v1/inquiries", tokens.of("applicant"), inquiry, headers);
        Response again = api.post("/api/v1/inquiries", tokens.of("applicant"), inquiry, headers);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).hasValue("false");

        inquiry.put("description", "Something else entirely");
        Response reused = api.post("/api/v1/inquiries", tokens.of("applicant"), inquiry, headers);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");

        Response otherPerson = api.post("/api/v1/inquiries", tokens.of("applicant2"), Inquiries.fjallvind(), headers);
        assertThat(otherPerson.status()).as("keys belong to the person who sent them").isEqualTo(201);
        assertThat(otherPerson.body().get("id")).isNotEqualTo(first.body().get("id"));

        String caseNumber = first.body().get("caseNumber").asText();
        inbox.await(tokens.of("firstline"), caseNumber, "Triage the inquiry");
        assertThat(inbox.tasks(tokens.of("firstline"), "?caseNumber=" + caseNumber)).hasSize(1);
    }

    @Test
    void theTaskListFiltersAndSorts() {
        String firstLine = tokens.of("firstline");
        String one = submit("applicant", Inquiries.norrsken()).get("caseNumber").asText();
        String two = submit("applicant2", Inquiries.fjallvind()).get("caseNumber").asText();
        JsonNode taskOne = inbox.await(firstLine, one, "Triage the inquiry");
        inbox.await(firstLine, two, "Triage the inquiry");
        api.post("/api/v1/tasks/" + taskOne.get("id").asText() + "/claim", firstLine, "");

        assertThat(caseNumbers(inbox.tasks(firstLine, "?assignment=MINE"))).contains(one).doesNotContain(two);
        assertThat(caseNumbers(inbox.tasks(firstLine, "?assignment=UNASSIGNED"))).contains(two).doesNotContain(one);
        assertThat(caseNumbers(inbox.tasks(tokens.of("firstline2"), "?assignment=MINE"))).doesNotContain(one, two);
        assertThat(caseNumbers(inbox.tasks(firstLine, "?caseNumber=" + two))).containsOnly(two);
        assertThat(caseNumbers(inbox.tasks(firstLine, "?q=" + two.substring(4).toLowerCase()))).contains(two);
        assertThat(caseNumbers(inbox.tasks(firstLine, "?q=triage&candidateGroup=first-line"))).contains(one, two);
        assertThat(inbox.tasks(firstLine, "?candidateGroup=planning")).as("not one of the user's queues").isEmpty();
        assertThat(inbox.tasks(firstLine, "?dueBefore=2020-01-01T00:00:00Z")).isEmpty();

        List<JsonNode> byDue = inbox.tasks(firstLine, "?sort=DUE");
        List<String> dues = byDue.stream().filter(t -> t.hasNonNull("dueAt")).map(t -> t.get("dueAt").asText()).toList();
        assertThat(dues).isSorted();
        assertThat(api.get("/api/v1/tasks?sort=SIDEWAYS", firstLine).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tasks?dueBefore=tomorrow", firstLine).status()).isEqualTo(400);
    }

    @Test
    void theInboxComesInPagesThatTogetherHoldEveryTaskOnce() {
        String firstLine = tokens.of("firstline");
        for (int i = 0; i < 3; i++) {
            inbox.await(firstLine, submit("applicant", Inquiries.norrsken()).get("caseNumber").asText(), "Triage the inquiry");
        }
        for (String sort : List.of("DUE", "CREATED", "FOLLOW_UP")) {
            // other processes may file a task meanwhile: compare only when the inbox stood still while it was paged
            List<List<String>> wholeAndPaged = Eventually.await("an inbox that stands still while it is paged",
                    Duration.ofSeconds(30), () -> {
                        List<String> whole = ids(inbox.tasks(firstLine, "?limit=200&sort=" + sort));
                        List<String> paged = pagesOf("/api/v1/tasks?limit=2&sort=" + sort, firstLine, whole.size());
                        return ids(inbox.tasks(firstLine, "?limit=200&sort=" + sort)).equals(whole)
                                ? Optional.of(List.of(whole, paged)) : Optional.empty();
                    });
            assertThat(wholeAndPaged.get(0)).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(200);
            assertThat(wholeAndPaged.get(1)).as("sorted by " + sort).isEqualTo(wholeAndPaged.get(0));
        }

        Response last = api.get("/api/v1/tasks?limit=200", firstLine);
        assertThat(last.headers().firstValue("Link")).as("everything on one page: no next").isEmpty();
        for (String bad : List.of("limit=0", "limit=201", "limit=99999999999999", "after=not-a-cursor",
                "after=" + java.util.Base64.getUrlEncoder().encodeToString("-|x".getBytes()), "after=%00")) {
            Response refused = api.get("/api/v1/tasks?" + bad, firstLine);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).as(bad).startsWith("application/problem+json");
            assertThat(refused.body().get("detail").asText()).as("said in words, not a message key")
                    .doesNotStartWith("refusal.");
        }
    }

    /** The task ids of every page, following each page's link to the next. */
    private List<String> pagesOf(String address, String token, int atMost) {
        List<String> paged = new java.util.ArrayList<>();
        while (address != null) {
            Response page = api.get(address, token);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body().size()).isLessThanOrEqualTo(2);
            page.body().forEach(task -> paged.add(task.get("id").asText()));
            address = page.headers().firstValue("Link")
                    .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>'))).orElse(null);
            assertThat(paged.size()).as("the pages end").isLessThanOrEqualTo(atMost + 2);
        }
        return paged;
    }

    private static List<String> ids(List<JsonNode> tasks) {
        return tasks.stream().map(task -> task.get("id").asText()).toList();
    }

    private JsonNode submit(String user, Map<String, Object> inquiry) {
        Response created = api.post("/api/v1/inquiries", tokens.of(user), inquiry);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    private JsonNode officialView(String id) {
        Response view = api.get("/api/v1/inquiries/" + id, tokens.of("manager"));
        assertThat(view.status()).isEqualTo(200);
        return view.body();
    }

    private String status(String id) {
        return officialView(id).get("status").asText();
    }

    private JsonNode awaitStatus(String id, String status) {
        return Eventually.await("status " + status, ENGINE_STEP, () -> {
            JsonNode view = officialView(id);
            return status.equals(view.get("status").asText()) ? Optional.of(view) : Optional.empty();
        });
    }

    private List<JsonNode> messages(String id, String user) {
        Response messages = api.get("/api/v1/inquiries/" + id + "/messages", tokens.of(user));
        assertThat(messages.status()).isEqualTo(200);
        return StreamSupport.stream(messages.body().spliterator(), false).toList();
    }

    private static JsonNode clock(JsonNode view, String kind) {
        return StreamSupport.stream(view.get("clocks").spliterator(), false)
                .filter(clock -> clock.get("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clock in " + view.get("clocks")));
    }

    private static List<String> kinds(JsonNode timeline) {
        return StreamSupport.stream(timeline.spliterator(), false).map(e -> e.get("kind").asText()).toList();
    }

    private static List<String> roles(JsonNode handOffs) {
        return StreamSupport.stream(handOffs.spliterator(), false).map(h -> h.get("toRole").asText()).toList();
    }

    private static List<String> caseNumbers(List<JsonNode> tasks) {
        return tasks.stream().map(t -> t.get("caseNumber").asText()).toList();
    }
}
