package org.etablering.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.etablering.local.LocalStack;
import org.etablering.support.Api.Response;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Land allocation through the API with real people: the inventory, the import, the search, and a parcel
 * that never has two owners, whoever races for it.
 */
@FullStackTest
class LandAllocationIT extends FullStackSupport {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(15);
    private static final String MATCH = "Match a parcel and make an offer";

    @Autowired
    private JdbcTemplate jdbc;

    private Inbox inbox;
    private String admin;
    private String planning;

    @BeforeEach
    void setUp() {
        inbox = new Inbox(api);
        admin = tokens.of("admin");
        planning = tokens.of("planning");
    }

    @Test
    void administratorsKeepTheInventoryAndOfficialsSearchIt() {
        String designation = unique("Östersund Verkstaden");
        Response created = api.post("/api/v1/parcels", admin, parcel(designation, "Testområdet", 12_000, "INDUSTRY", 3.5, true));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/parcels/" + created.body().get("id").asText());
        assertThat(created.body().get("status").asText()).isEqualTo("AVAILABLE");
        String id = created.body().get("id").asText();

        Response duplicate = api.post("/api/v1/parcels", admin, parcel(designation.toUpperCase(), "Testområdet", 1, "MIXED", 0, false));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");

        Map<String, Object> bad = parcel(unique("Östersund Fel"), "Testområdet", -5, "INDUSTRY", 1, false);
        bad.remove("zoning");
        Response invalid = api.post("/api/v1/parcels", admin, bad);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.body())).contains("sizeSqm", "zoning");
        assertThat(search("area=Testområdet&status=AVAILABLE,OFFERED,RESERVED,ALLOCATED,SOLD,RETIRED", planning))
                .as("the invalid parcel was not stored").extracting(p -> p.get("designation").asText())
                .doesNotContain(bad.get("designation").toString());

        Response updated = api.put("/api/v1/parcels/" + id, admin, parcel(designation, "Testområdet", 14_000, "INDUSTRY", 3.5, true));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("sizeSqm").asInt()).isEqualTo(14_000);

        assertThat(designations(search("minSizeSqm=13000&area=testområdet&zoning=INDUSTRY&minPowerMw=3&railAccess=true", planning)))
                .contains(designation);
        assertThat(designations(search("minSizeSqm=15000&area=Testområdet", planning))).doesNotContain(designation);
        assertThat(designations(search("area=Testområdet&minPowerMw=4", tokens.of("business")))).doesNotContain(designation);
        assertThat(designations(search("area=Testområdet&railAccess=false", admin))).doesNotContain(designation);
        assertThat(designations(search("area=Testområdet", tokens.of("firstline-no"))))
                .as("another municipality's inventory").isEmpty();
        assertThat(api.get("/api/v1/parcels/" + id, tokens.of("manager-no")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/parcels?zoning=FARMLAND", planning).status()).isEqualTo(400);

        assertThat(api.post("/api/v1/parcels/" + id + "/sold", admin, "").status())
                .as("only an allocated parcel is sold").isEqualTo(409);
        assertThat(api.post("/api/v1/parcels/" + id + "/retire", admin, "").body().get("status").asText()).isEqualTo("RETIRED");
        assertThat(designations(search("area=Testområdet", planning))).doesNotContain(designation);
        assertThat(designations(search("area=Testområdet&status=RETIRED", planning))).contains(designation);
    }

    @Test
    void anImportKeepsTheGoodRowsAndReportsEveryBadOne() {
        String first = unique("Östersund Import");
        String second = unique("Östersund Import");
        String csv = String.join("\n",
                "designation,area,size_sqm,zoning,power_mw,water_and_sewer,road_access,rail_access,price_per_sqm,notes",
                first + ",Importområdet,8000,industry,2.5,yes,yes,no,90,\"Near the road, flat\"",
                second + ",Importområdet,\"12 000\",MIXED,1,ja,nej,ja,110,",
                unique("Östersund Import") + ",Importområdet,5000,FARMLAND,1,yes,yes,no,90,",
                unique("Östersund Import") + ",Importområdet,,INDUSTRY,1,yes,yes,no,-3,",
                first + ",Importområdet,9000,INDUSTRY,2,yes,yes,no,90,",
                unique("Östersund Import") + ",Importområdet,5000,INDUSTRY,1,maybe,yes,no,90,",
                "too,few,fields");
        Response imported = api.postText("/api/v1/parcels/import", admin, "text/csv", csv);
        assertThat(imported.status()).isEqualTo(200);
        JsonNode report = imported.body();
        assertThat(report.get("rows").asInt()).isEqualTo(7);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isZero();
        Map<Integer, String> rejected = new HashMap<>();
        report.get("rejected").forEach(row -> rejected.put(row.get("line").asInt(), row.get("problems").toString()));
        assertThat(rejected).containsOnlyKeys(4, 5, 6, 7, 8);
        assertThat(rejected.get(4)).contains("zoning");
        assertThat(rejected.get(5)).contains("size_sqm").contains("price_per_sqm");
        assertThat(rejected.get(6)).contains("more than once");
        assertThat(rejected.get(7)).contains("water_and_sewer").contains("yes or no");
        assertThat(rejected.get(8)).contains("fields");
        JsonNode stored = search("area=Importområdet", planning).stream()
                .filter(p -> p.get("designation").asText().equals(second)).findFirst().orElseThrow();
        assertThat(stored.get("sizeSqm").asInt()).isEqualTo(12_000);
        assertThat(stored.get("railAccess").asBoolean()).isTrue();
        assertThat(stored.get("roadAccess").asBoolean()).isFalse();

        String semicolons = "designation;area;size_sqm;zoning;power_mw;water_and_sewer;road_access;rail_access;price_per_sqm\n"
                + second + ";Importområdet;12000;MIXED;1,5;ja;ja;ja;125,50\n";
        JsonNode again = api.postText("/api/v1/parcels/import", admin, "text/csv", semicolons).body();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
        assertThat(again.get("rejected")).isEmpty();
        assertThat(api.get("/api/v1/parcels/" + stored.get("id").asText(), planning).body().get("pricePerSqm").decimalValue())
                .isEqualByComparingTo("125.50");

        Response badHeader = api.postText("/api/v1/parcels/import", admin, "text/csv", "name,size\nA,1\n");
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.body().get("code").asText()).isEqualTo("csv-header");
        assertThat(badHeader.body().get("detail").asText()).as("in the municipality's language").contains("saknas");
        assertThat(api.postText("/api/v1/parcels/import", tokens.of("planning"), "text/csv", csv).status()).isEqualTo(403);
    }

    @Test
    void manyConcurrentOffersOfOneParcelHaveExactlyOneWinner() throws Exception {
        String contested = createParcel(unique("Östersund Kapplöpningen"), 20_000);
        int racers = 6;
        List<String> taskPaths = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            JsonNode request = requestLand("applicant", 10_000);
            String path = "/api/v1/tasks/" + inbox.await(planning, request.get("caseNumber").asText(), MATCH).get("id").asText();
            assertThat(api.post(path + "/claim", planning, "").status()).isEqualTo(200);
            taskPaths.add(path);
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Response>> answers = new ArrayList<>();
        for (String path : taskPaths) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.post(path + "/complete", planning, offerOf(contested));
            }));
        }
        start.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.status() == 200).as("winners").hasSize(1);
        List<Response> losers = responses.stream().filter(r -> r.status() != 200).toList();
        assertThat(losers).hasSize(racers - 1).allSatisfy(loser -> {
            assertThat(loser.status()).isEqualTo(409);
            assertThat(loser.contentType()).startsWith("application/problem+json");
            assertThat(loser.body().get("code").asText()).isEqualTo("parcel-taken");
            assertThat(loser.body().get("detail").asText()).contains(contested).contains("ett annat ärende");
        });
        assertThat(parcelStatus(contested)).isEqualTo("OFFERED");
        assertThat(jdbc.queryForObject("select count(*) from parcel_claim c join parcel p on p.id = c.parcel_id "
                + "where p.designation = ? and c.ended_at is null", Integer.class, contested)).isEqualTo(1);
        String loserTask = taskPaths.get(responses.indexOf(losers.get(0)));
        JsonNode loserTaskNow = api.get(loserTask, planning).body();
        assertThat(loserTaskNow.get("state").asText()).as("the loser's task stays open").isEqualTo("OPEN");
        assertThat(loserTaskNow.get("assignee").asText()).isEqualTo("planning");
        assertThat(api.post(loserTask + "/complete", planning, offerOf(createParcel(unique("Östersund Tröstpriset"), 15_000)))
                .status()).as("and can offer another parcel").isEqualTo(200);

        // the database itself refuses a second open claim, whatever the application checks first
        UUID parcelId = jdbc.queryForObject("select id from parcel where designation = ?", UUID.class, contested);
        UUID otherRequest = UUID.fromString(requestLand("applicant2", 1000).get("id").asText());
        assertThatThrownBy(() -> jdbc.update("insert into parcel_claim (id, parcel_id, land_request_id, stage, price_per_sqm,"
                + " offered_by, offered_at, offer_expires_at, version) values (?, ?, ?, 'OFFERED', 1, 'sql', now(), now(), 0)",
                UUID.randomUUID(), parcelId, otherRequest)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anAcceptedOfferBecomesAReservationThenAnAllocation() {
        String designation = createParcel(unique("Östersund Vinnaren"), 25_000);
        JsonNode request = requestLand("applicant", 20_000);
        String id = request.get("id").asText();
        String number = request.get("caseNumber").asText();
        assertThat(request.get("status").asText()).isEqualTo("MATCHING");
        assertThat(api.get("/api/v1/land-requests/" + id, tokens.of("applicant2")).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/land-requests/" + id, tokens.of("manager-no")).status()).isEqualTo(404);

        inbox.await(planning, number, MATCH);
        List<JsonNode> matching = list(api.get("/api/v1/land-requests/" + id + "/matching-parcels", planning).body());
        assertThat(designations(matching)).contains(designation);
        assertThat(matching).allSatisfy(p -> assertThat(p.get("sizeSqm").asInt()).isGreaterThanOrEqualTo(20_000));

        Map<String, Object> offer = new HashMap<>(offerOf(designation));
        offer.put("pricePerSqm", 80);
        offer.put("offerTerms", "Building permit applied for within a year");
        offer.put("offerValidDays", 14);
        inbox.complete(planning, number, MATCH, offer);
        JsonNode offered = awaitStatus(id, "applicant", "OFFERED");
        JsonNode offerView = offered.get("offer");
        assertThat(offerView.get("parcel").get("designation").asText()).isEqualTo(designation);
        assertThat(offerView.get("parcel").get("sizeSqm").asInt()).isEqualTo(25_000);
        assertThat(offerView.get("pricePerSqm").asInt()).isEqualTo(80);
        assertThat(offerView.get("answerable").asBoolean()).isTrue();
        assertThat(offerView.has("offeredBy")).as("the planner's name is internal").isFalse();
        assertThat(Instant.parse(offerView.get("expiresAt").asText())).isAfter(LocalStack.clock().instant().plus(Duration.ofDays(14)));
        assertThat(api.get("/api/v1/land-requests/" + id, planning).body().at("/offer/offeredBy").asText()).isEqualTo("planning");
        assertThat(parcelStatus(designation)).isEqualTo("OFFERED");

        assertThat(api.post("/api/v1/land-requests/" + id + "/offer/accept", tokens.of("applicant2"), "").status())
                .as("another company cannot answer").isEqualTo(404);
        JsonNode reserved = api.post("/api/v1/land-requests/" + id + "/offer/accept", tokens.of("applicant"), "").body();
        assertThat(reserved.get("status").asText()).isEqualTo("RESERVED");
        Instant expiry = Instant.parse(reserved.at("/reservation/expiresAt").asText());
        assertThat(expiry).isBetween(LocalStack.clock().instant().plus(Duration.ofDays(180)),
                LocalStack.clock().instant().plus(Duration.ofDays(185)));
        assertThat(parcelStatus(designation)).isEqualTo("RESERVED");
        assertThat(Instant.parse(inbox.await(planning, number, "Negotiate the agreement").get("dueAt").asText()))
                .as("the negotiation is due by the reservation's expiry").isEqualTo(expiry);
        assertThat(api.post("/api/v1/land-requests/" + id + "/offer/accept", tokens.of("applicant"), "").status())
                .as("answered already").isEqualTo(409);

        assertThat(api.post("/api/v1/land-requests/" + id + "/reservation/extension", planning,
                Map.of("months", 7, "reason", "Financing")).status()).as("longer than allowed").isEqualTo(400);
        org.etablering.support.WebBrowser planner = new org.etablering.support.WebBrowser();
        planner.submitLogin(planner.get("http://localhost:8089/"), "planning");
        String casePage = planner.get("http://localhost:8089/inbox/cases/" + id).body();
        assertThat(casePage).contains("id=\"reservation-extension\"");
        String tooLong = planner.post("http://localhost:8089/inbox/cases/" + id + "/reservation/extension", "_csrf="
                + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(casePage))
                + "&months=7&reason=Financing").body();
        assertThat(tooLong).as("on the page, beside the field").contains("id=\"reservation-months-problem\"");
        org.etablering.support.WebBrowser business = new org.etablering.support.WebBrowser();
        business.submitLogin(business.get("http://localhost:8089/"), "business");
        String businessPage = business.get("http://localhost:8089/inbox/cases/" + id).body();
        assertThat(businessPage).doesNotContain("id=\"reservation-extension\"");
        assertThat(business.post("http://localhost:8089/inbox/cases/" + id + "/reservation/extension", "_csrf="
                + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(businessPage))
                + "&months=1&reason=Financing").statusCode()).as("planning and managers only").isEqualTo(403);
        assertThat(Instant.parse(api.get("/api/v1/land-requests/" + id, planning).body().at("/reservation/expiresAt").asText()))
                .as("nothing changed").isEqualTo(expiry);
        JsonNode extended = api.post("/api/v1/land-requests/" + id + "/reservation/extension", planning,
                Map.of("months", 3, "reason", "The bank needs another quarter")).body();
        Instant extendedExpiry = Instant.parse(extended.at("/reservation/expiresAt").asText());
        assertThat(extendedExpiry.atZone(ZoneId.of("Europe/Stockholm")).toLocalDate())
                .isEqualTo(expiry.atZone(ZoneId.of("Europe/Stockholm")).toLocalDate().plusMonths(3));
        assertThat(extended.at("/reservation/extensionReason").asText()).isEqualTo("The bank needs another quarter");
        assertThat(Instant.parse(inbox.await(planning, number, "Negotiate the agreement").get("dueAt").asText()))
                .as("and follows its extension").isEqualTo(extendedExpiry);
        assertThat(api.post("/api/v1/land-requests/" + id + "/reservation/extension", planning,
                Map.of("months", 1, "reason", "Again")).status()).as("one extension only").isEqualTo(409);

        inbox.complete(planning, number, "Negotiate the agreement", Map.of("negotiationResult", "TERMS_AGREED",
                "agreedPricePerSqm", 78, "agreedTerms", "Access road built by the municipality"));
        awaitStatus(id, "applicant", "AWAITING_DECISION");
        inbox.complete(tokens.of("manager"), number, "Decide on the allocation", Map.of("allocationDecision", "APPROVED",
                "decisionBody", "Kommunstyrelsens arbetsutskott", "decisionReference", "KSAU § 41/2026",
                "decisionReasoning", "Creates 40 jobs on land zoned for industry"));
        inbox.complete(planning, number, "Record the signed agreement", Map.of("agreementReference", "MEX 2026/118",
                "agreementSignedOn", "2026-12-14", "accessDate", "2027-03-01"));

        JsonNode allocated = awaitStatus(id, "applicant", "ALLOCATED");
        JsonNode allocation = allocated.get("allocation");
        assertThat(allocation.at("/parcel/designation").asText()).isEqualTo(designation);
        assertThat(allocation.get("pricePerSqm").asInt()).isEqualTo(78);
        assertThat(allocation.get("agreementReference").asText()).isEqualTo("MEX 2026/118");
        assertThat(allocation.get("accessDate").asText()).isEqualTo("2027-03-01");
        assertThat(allocation.get("decidedBy").asText()).contains("Kommunstyrelsens arbetsutskott");
        assertThat(allocated.hasNonNull("closedAt")).isTrue();
        assertThat(parcelStatus(designation)).isEqualTo("ALLOCATED");
        assertThat(allocated.get("messages")).extracting(m -> m.get("kind").asText())
                .containsSubsequence("LAND_OFFER", "LAND_RESERVATION", "LAND_RESERVATION", "LAND_ALLOCATION");
        assertThat(allocated.get("messages").get(0).get("text").asText()).contains(designation).contains("80");
        assertThat(org.etablering.support.DecisionDocumentCheck.textOf(api, id, "ALLOCATION_DECISION", tokens.of("applicant")))
                .contains("Beslut om markanvisning: " + designation, number, "Fastigheten " + designation
                        + " anvisas bolaget", "Pris: 78 kr per m²", "Access road built by the municipality",
                        "Creates 40 jobs on land zoned for industry", "Kommunstyrelsens arbetsutskott", "KSAU § 41/2026",
                        "13 kap. kommunallagen");
    }

    @Test
    void declinesAndLapsesGiveTheParcelBackAndAnotherCanBeOffered() {
        String first = createParcel(unique("Östersund Nej tack"), 9_000);
        String second = createParcel(unique("Östersund Andra chansen"), 9_000);
        JsonNode request = requestLand("applicant", 8_000);
        String id = request.get("id").asText();
        String number = request.get("caseNumber").asText();

        inbox.complete(planning, number, MATCH, offerOf(first));
        awaitStatus(id, "applicant", "OFFERED");
        JsonNode declined = api.post("/api/v1/land-requests/" + id + "/offer/decline", tokens.of("applicant"),
                Map.of("reason", "Too far from the rail yard")).body();
        assertThat(declined.get("status").asText()).isEqualTo("MATCHING");
        assertThat(declined.get("earlierOffers").get(0).get("endReason").asText()).isEqualTo("DECLINED");
        assertThat(parcelStatus(first)).isEqualTo("AVAILABLE");
        assertThat(api.post("/api/v1/land-requests/" + id + "/offer/decline", tokens.of("applicant"), "").status())
                .as("nothing left to decline").isEqualTo(409);

        Map<String, Object> shortOffer = new HashMap<>(offerOf(second));
        shortOffer.put("offerValidDays", 3);
        inbox.complete(planning, number, MATCH, shortOffer);
        awaitStatus(id, "applicant", "OFFERED");
        LocalStack.advanceTime(Duration.ofDays(5));
        JsonNode lapsed = awaitStatus(id, "applicant", "MATCHING");
        assertThat(lapsed.get("earlierOffers")).extracting(o -> o.get("endReason").asText())
                .containsExactly("DECLINED", "OFFER_LAPSED");
        assertThat(parcelStatus(second)).isEqualTo("AVAILABLE");
        assertThat(api.post("/api/v1/land-requests/" + id + "/offer/accept", tokens.of("applicant"), "").status())
                .as("a lapsed offer cannot be accepted").isEqualTo(409);

        inbox.complete(planning, number, MATCH, Map.of("offerDecision", "NO_SUITABLE_PARCEL",
                "noParcelExplanation", "Nothing near the rail yard is free this year"));
        JsonNode closed = awaitStatus(id, "applicant", "NO_PARCEL");
        assertThat(closed.get("messages")).extracting(m -> m.get("kind").asText()).contains("LAND_NO_PARCEL");
    }

    @org.springframework.beans.factory.annotation.Autowired
    private ReservationReminders reminders;

    @Test
    void anExpiredReservationGivesTheParcelBack() {
        String designation = createParcel(unique("Östersund Väntan"), 9_000);
        JsonNode request = requestLand("applicant", 8_000);
        String id = request.get("id").asText();
        String number = request.get("caseNumber").asText();
        inbox.complete(planning, number, MATCH, offerOf(designation));
        awaitStatus(id, "applicant", "OFFERED");
        api.post("/api/v1/land-requests/" + id + "/offer/accept", tokens.of("applicant"), "");
        inbox.await(planning, number, "Negotiate the agreement");

        LocalStack.advanceTime(Duration.ofDays(160));
        assertThat(reminders.remindDue()).as("not yet: the reservation ends in more than 14 days").isZero();
        LocalStack.advanceTime(Duration.ofDays(15));
        reminders.remindDue();
        assertThat(reminders.remindDue()).as("once").isZero();
        assertThat(api.get("/api/v1/land-requests/" + id, tokens.of("applicant")).body().get("messages"))
                .anySatisfy(message -> assertThat(message.get("kind").asText()).isEqualTo("LAND_RESERVATION_ENDING"));
        Eventually.await("the reminder by mail", ENGINE_STEP, () -> java.util.Arrays.stream(
                LocalStack.mailServer().orElseThrow().getReceivedMessages()).filter(mail -> {
                    try {
                        return (number + ": er markanvisning går snart ut").equals(mail.getSubject());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst());

        LocalStack.advanceTime(Duration.ofDays(15));
        JsonNode released = awaitStatus(id, "applicant", "MATCHING");
        assertThat(released.get("earlierOffers").get(0).get("endReason").asText()).isEqualTo("RESERVATION_EXPIRED");
        assertThat(released.has("reservation")).isFalse();
        assertThat(parcelStatus(designation)).isEqualTo("AVAILABLE");
        inbox.await(planning, number, MATCH);
        Eventually.await("the negotiation to be closed", ENGINE_STEP, () ->
                inbox.find(planning, number, "Negotiate the agreement").isEmpty() ? Optional.of(true) : Optional.empty());
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String applicant = tokens.of("applicant");
        int before = api.get("/api/v1/land-requests", applicant).body().size();
        Response noPurpose = api.post("/api/v1/land-requests", applicant, Map.of("companyName", "Norrsken Data AB",
                "minimumSizeSqm", -1));
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(fields(noPurpose.body())).contains("purpose", "minimumSizeSqm");
        assertThat(api.post("/api/v1/land-requests", applicant, Map.of("companyName", "Norrsken Data AB",
                "purpose", "A hall", "inquiryId", UUID.randomUUID())).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/land-requests", applicant, "{not json").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/land-requests", applicant).body().size()).isEqualTo(before);

        JsonNode request = requestLand("applicant", 5_000);
        String number = request.get("caseNumber").asText();
        String task = "/api/v1/tasks/" + inbox.await(planning, number, MATCH).get("id").asText();
        api.post(task + "/claim", planning, "");
        Response noSuchParcel = api.post(task + "/complete", planning, offerOf("Östersund Finns Inte 9:99"));
        assertThat(noSuchParcel.status()).isEqualTo(400);
        assertThat(fields(noSuchParcel.body())).contains("parcelDesignation");
        Response noParcelNamed = api.post(task + "/complete", planning, Map.of("offerDecision", "OFFER"));
        assertThat(noParcelNamed.status()).isEqualTo(400);
        assertThat(api.get(task, planning).body().get("state").asText()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/land-requests/" + request.get("id").asText(), planning).body().get("status").asText())
                .isEqualTo("MATCHING");
    }

    private JsonNode requestLand(String user, int size) {
        Response created = api.post("/api/v1/land-requests", tokens.of(user), Map.of(
                "companyName", "Norrsken Data AB", "purpose", "A production hall with a yard for trucks",
                "minimumSizeSqm", size, "powerMw", 1, "needsRail", false));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    private String createParcel(String designation, int size) {
        Response created = api.post("/api/v1/parcels", admin, parcel(designation, "Torvalla", size, "INDUSTRY", 5, false));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return designation;
    }

    private static Map<String, Object> parcel(String designation, String area, int size, String zoning, double power,
                                              boolean rail) {
        Map<String, Object> parcel = new HashMap<>();
        parcel.put("designation", designation);
        parcel.put("area", area);
        parcel.put("sizeSqm", size);
        parcel.put("zoning", zoning);
        parcel.put("powerMw", power);
        parcel.put("waterAndSewer", true);
        parcel.put("roadAccess", true);
        parcel.put("railAccess", rail);
        parcel.put("pricePerSqm", 95);
        return parcel;
    }

    private static Map<String, Object> offerOf(String designation) {
        return Map.of("offerDecision", "OFFER", "parcelDesignation", designation);
    }

    private String parcelStatus(String designation) {
        return jdbc.queryForObject("select status from parcel where designation = ?", String.class, designation);
    }

    private JsonNode awaitStatus(String id, String user, String status) {
        return Eventually.await("land request " + id + " " + status, ENGINE_STEP, () -> {
            JsonNode view = api.get("/api/v1/land-requests/" + id, tokens.of(user)).body();
            return status.equals(view.path("status").asText()) ? Optional.of(view) : Optional.empty();
        });
    }

    private List<JsonNode> search(String query, String token) {
        Response found = api.get("/api/v1/parcels?" + query, token);
        assertThat(found.status()).as(found.body().toString()).isEqualTo(200);
        return list(found.body());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> designations(List<JsonNode> parcels) {
        return parcels.stream().map(p -> p.get("designation").asText()).toList();
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    private static String unique(String prefix) {
        return prefix + " " + (1 + (int) (Math.random() * 9)) + ":" + UUID.randomUUID().toString().substring(0, 6);
    }
}
