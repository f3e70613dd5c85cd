package org.etablering.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case register through the API: one list and one header over inquiries, permits and land
 * requests, children linked to their inquiry, an audit trail for every kind, keyset paging, and the
 * same visibility rules as each kind's own resource.
 */
@FullStackTest
class CaseRegisterIT extends FullStackSupport {

    private Inbox inbox;

    @BeforeEach
    void setUp() {
        inbox = new Inbox(api);
    }

    @Test
    void everyKindOfCaseIsInOneRegisterWithItsChildrenLinkedToTheInquiry() {
        String applicant = tokens.of("applicant");
        JsonNode inquiry = api.post("/api/v1/inquiries", applicant, Inquiries.norrsken()).body();
        String inquiryId = inquiry.get("id").asText();
        Response permitCreated = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A server hall beside the data centre",
                "site", "Torvalla 1:23", "inquiryId", inquiryId));
        assertThat(permitCreated.status()).as(permitCreated.body().toString()).isEqualTo(201);
        String permitId = permitCreated.body().get("id").asText();
        Response landCreated = api.post("/api/v1/land-requests", applicant, Map.of("companyName", "Norrsken Data AB",
                "purpose", "Land for a second hall", "minimumSizeSqm", 20000, "inquiryId", inquiryId));
        assertThat(landCreated.status()).as(landCreated.body().toString()).isEqualTo(201);
        String landId = landCreated.body().get("id").asText();

        JsonNode permit = api.get("/api/v1/cases/" + permitId, applicant).body();
        assertThat(permit.get("kind").asText()).isEqualTo("PERMIT");
        assertThat(permit.get("caseNumber").asText()).startsWith("PRM-");
        assertThat(permit.get("status").asText()).isEqualTo("COMPLETENESS_CHECK");
        assertThat(permit.get("href").asText()).isEqualTo("/api/v1/permits/" + permitId);
        assertThat(permit.get("parent").get("id").asText()).isEqualTo(inquiryId);
        assertThat(permit.get("contact").get("email").asText()).as("taken from the inquiry")
                .isEqualTo("nora@norrskendata.example");
        assertThat(permit.get("nextDeadline").get("kind").asText()).isEqualTo("PERMIT_DECISION");

        JsonNode parent = api.get("/api/v1/cases/" + inquiryId, tokens.of("firstline")).body();
        assertThat(parent.get("kind").asText()).isEqualTo("INQUIRY");
        assertThat(ids(parent.get("children"))).containsExactlyInAnyOrder(permitId, landId);

        JsonNode mine = api.get("/api/v1/cases?limit=200", applicant).body();
        assertThat(ids(mine.get("items"))).contains(inquiryId, permitId, landId);
        assertThat(mine.get("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode onlyPermits = api.get("/api/v1/cases?kind=PERMIT&limit=200", applicant).body();
        assertThat(kinds(onlyPermits.get("items"))).containsOnly("PERMIT");
        assertThat(ids(api.get("/api/v1/cases?limit=200", tokens.of("applicant2")).body().get("items")))
                .as("another company's cases").doesNotContain(inquiryId, permitId, landId);
        assertThat(api.get("/api/v1/cases/" + permitId, tokens.of("applicant2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases/" + permitId, tokens.of("firstline-no")).status())
                .as("another municipality's official").isEqualTo(404);

        String number = permit.get("caseNumber").asText();
        JsonNode found = api.get("/api/v1/cases?q=" + number, tokens.of("planning")).body();
        assertThat(ids(found.get("items"))).containsExactly(permitId);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("totalExact").asBoolean()).isTrue();
        assertThat(ids(api.get("/api/v1/cases?q=" + number.toLowerCase(java.util.Locale.ROOT).substring(0, number.length() - 1),
                tokens.of("planning")).body().get("items"))).as("the beginning of the number, in small letters")
                .contains(permitId);
        assertThat(ids(api.get("/api/v1/cases?q=hall&kind=LAND_REQUEST&limit=200", tokens.of("planning")).body()
                .get("items"))).as("words of the description").contains(landId);
    }

    @Test
    void aManagerReadsTheAuditTrailOfEveryKindAndTaskActionsAreAuditedWithTheirCase() {
        String applicant = tokens.of("applicant");
        JsonNode permit = api.post("/api/v1/permits", applicant, Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A data centre hall", "site", "Torvalla 1:23")).body();
        String id = permit.get("id").asText();
        String planning = tokens.of("planning");
        JsonNode task = inbox.await(planning, permit.get("caseNumber").asText(), "Check that the application is complete");
        String taskPath = "/api/v1/tasks/" + task.get("id").asText();
        assertThat(api.post(taskPath + "/claim", planning, "").status()).isEqualTo(200);
        assertThat(api.post(taskPath + "/unclaim", planning, "").status()).isEqualTo(200);

        Response trail = api.get("/api/v1/cases/" + id + "/audit", tokens.of("manager"));
        assertThat(trail.status()).isEqualTo(200);
        List<String> actions = StreamSupport.stream(trail.body().spliterator(), false)
                .map(entry -> entry.get("action").asText()).toList();
        assertThat(actions).contains("PERMIT_APPLIED", "TASK_CLAIMED", "TASK_UNCLAIMED");
        assertThat(trail.body()).allSatisfy(entry -> assertThat(entry.get("caseId").asText()).isEqualTo(id));

        assertThat(api.get("/api/v1/cases/" + id + "/audit", planning).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + id + "/audit", applicant).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/cases/" + id + "/audit", tokens.of("manager-no")).status()).isEqualTo(404);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String applicant = tokens.of("applicant2");
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/inquiries", applicant, Inquiries.fjallvind()).status()).isEqualTo(201);
        }
        String official = tokens.of("firstline");
        for (String sort : List.of("OPENED", "UPDATED", "DEADLINE")) {
            JsonNode counted = api.get("/api/v1/cases?sort=" + sort + "&limit=1", official).body();
            long total = counted.get("total").asLong();
            boolean exact = counted.get("totalExact").asBoolean();
            Set<String> seen = new HashSet<>();
            List<String> inOrder = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = api.get("/api/v1/cases?sort=" + sort + "&limit=2"
                        + (cursor == null ? "" : "&cursor=" + cursor), official).body();
                ids(page.get("items")).forEach(id -> {
                    assertThat(seen.add(id)).as("%s seen twice with sort %s", id, sort).isTrue();
                    inOrder.add(id);
                });
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (cursor != null && pages < 1000);
            if (exact) {
                assertThat((long) seen.size()).as("every case once with sort " + sort).isEqualTo(total);
            } else {
                assertThat(total).isLessThanOrEqualTo(200);
                assertThat((long) seen.size()).as("more than counted, sort " + sort).isGreaterThan(total);
            }
        }
    }

    @Test
    void confidentialCasesAreListedOnlyToThoseWhoMaySeeThem() {
        Map<String, Object> secret = Inquiries.fjallvind();
        secret.put("confidential", true);
        String id = api.post("/api/v1/inquiries", tokens.of("applicant2"), secret).body().get("id").asText();

        assertThat(ids(api.get("/api/v1/cases?confidential=true&limit=200", tokens.of("business")).body().get("items")))
                .as("not handed to business").doesNotContain(id);
        assertThat(ids(api.get("/api/v1/cases?confidential=true&limit=200", tokens.of("manager")).body().get("items")))
                .contains(id);
        assertThat(api.get("/api/v1/cases/" + id, tokens.of("business")).status()).isEqualTo(404);
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        String official = tokens.of("firstline");
        assertRefused(api.get("/api/v1/cases?kind=SHIP", official), "kind");
        assertRefused(api.get("/api/v1/cases?status=SAILING", official), "status");
        assertRefused(api.get("/api/v1/cases?kind=PERMIT&status=IN_TRIAGE", official), "status");
        assertRefused(api.get("/api/v1/cases?sort=alphabet", official), "sort");
        assertRefused(api.get("/api/v1/cases?cursor=not-a-cursor", official), "cursor");
        assertRefused(api.get("/api/v1/cases?limit=0", official), "limit");
        assertRefused(api.get("/api/v1/cases?limit=201", official), "limit");
        assertRefused(api.get("/api/v1/cases?limit=99999999999", official), "limit");
        assertRefused(api.get("/api/v1/cases?openedFrom=yesterday", official), "openedFrom");
        assertRefused(api.get("/api/v1/cases?q=%00", official), "q");
        assertRefused(api.get("/api/v1/cases/not-a-uuid", official), "id");
        assertThat(api.get("/api/v1/cases/" + UUID.randomUUID(), official).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/cases", tokens.of("admin")).status()).as("administrators work no cases")
                .isEqualTo(403);
    }

    private static void assertRefused(Response response, String parameter) {
        assertThat(response.status()).as(response.body() == null ? "" : response.body().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors")).anySatisfy(field ->
                assertThat(field.get("field").asText()).isEqualTo(parameter));
    }

    private static List<String> ids(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("id").asText()).toList();
    }

    private static List<String> kinds(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get("kind").asText()).toList();
    }
}
