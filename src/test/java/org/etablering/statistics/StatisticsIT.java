package org.etablering.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.etablering.support.Api.Response;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.WebBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The survey exports and reported figures on known data: three permit decisions and a land allocation in 2001, a
 * year no other test touches, for Östersund, and a decision in Lillestrøm that must never show.
 */
@FullStackTest
class StatisticsIT extends FullStackSupport {

    private static final String YEAR = "from=2001-01-01&to=2001-12-31";

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void knownYear() {
        if (jdbc.queryForObject("select count(*) from case_file where case_number like 'STA-2001-%'", Integer.class) > 0) {
            return;
        }
        // complete on 1 March; decided 20, 40 and 90 days later; the last one missed its ten weeks and was extended
        permit("STA-2001-000001", "ostersund", "APPROVED", 20, true, false);
        permit("STA-2001-000002", "ostersund", "APPROVED_WITH_CONDITIONS", 40, true, false);
        permit("STA-2001-000003", "ostersund", "REJECTED", 90, false, true);
        permit("STA-2001-000004", "lillestrom", "APPROVED", 10, true, false);
        UUID land = caseFile("STA-2001-000005", "LAND_REQUEST", "ostersund", "ALLOCATED", "2001-06-30");
        jdbc.update("insert into land_request (id, needs_rail) values (?, false)", land);
        UUID parcel = UUID.randomUUID();
        jdbc.update("""
                insert into parcel (id, municipality, designation, area, size_sqm, zoning, power_mw, water_and_sewer,
                    road_access, rail_access, price_per_sqm, status, created_at, updated_at, version)
                values (?, 'ostersund', 'Statistik 1:1', 'Statistik', 10000, 'INDUSTRY', 1, true, true, false, 100,
                        'SOLD', now(), now(), 0)""", parcel);
        jdbc.update("""
                insert into parcel_claim (id, parcel_id, land_request_id, stage, price_per_sqm, offered_by, offered_at,
                    offer_expires_at, reserved_at, allocated_at, version)
                values (gen_random_uuid(), ?, ?, 'ALLOCATED', 100, 'planning', '2001-04-01', '2001-05-01', '2001-04-10',
                        '2001-06-30', 0)""", parcel, land);
    }

    @Test
    void insiktListsThePeriodsClosedPermitCasesWithTheContactAsCsvOrXlsx() throws Exception {
        HttpResponse<byte[]> raw = api.download("/api/v1/statistics/insikt?" + YEAR, tokens.of("admin"));
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("text/csv"));
        String text = new String(raw.body(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("\"Myndighetsområde\",\"Ärendenummer\",\"Beslutsdatum\",\"Företagets namn\","
                + "\"Organisationsnummer\",\"Kontaktperson\",\"E-postadress\",\"Telefonnummer\"");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).isEqualTo("\"Bygglov\",\"STA-2001-000001\",\"2001-03-21\",\"Statistik AB 1\",\"556677-8899\","
                + "\"Stina Statistiker\",\"stina@statistik.example\",\"'+46 70 000 00 00\"");
        assertThat(text).doesNotContain("STA-2001-000004").as("not a land case").doesNotContain("STA-2001-000005");

        HttpResponse<byte[]> xlsx = api.download("/api/v1/statistics/insikt?" + YEAR, tokens.of("manager"),
                java.util.Map.of("Accept", Xlsx.MEDIA_TYPE));
        assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith(Xlsx.MEDIA_TYPE));
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet).contains("Myndighetsområde", "STA-2001-000003", "stina@statistik.example")
                .doesNotContain("STA-2001-000004");
    }

    @Test
    void buildingFiguresCountDecisionsTimesLimitsAndLand() {
        JsonNode figures = api.get("/api/v1/statistics/building?" + YEAR, tokens.of("manager")).body();
        assertThat(figures.get("permitDecisions").asLong()).isEqualTo(3);
        assertThat(figures.get("decisionsByOutcome").get("REJECTED").asLong()).isEqualTo(1);
        assertThat(figures.get("medianDays").asDouble()).isEqualTo(40.0);
        assertThat(figures.get("meanDays").asDouble()).isEqualTo(50.0);
        assertThat(figures.get("withinStatutoryLimitPercent").asDouble()).isEqualTo(66.7);
        assertThat(figures.get("extensions").asLong()).isEqualTo(1);
        assertThat(figures.get("feeReductions").asLong()).isEqualTo(1);
        assertThat(figures.get("landOffers").asLong()).isEqualTo(1);
        assertThat(figures.get("landAllocationAgreements").asLong()).isEqualTo(1);
        assertThat(figures.get("landAllocated").asLong()).isEqualTo(1);

        WebBrowser manager = new WebBrowser();
        manager.submitLogin(manager.get("http://localhost:8089/"), "manager");
        assertThat(manager.get("http://localhost:8089/dashboard").body()).contains("href=\"/dashboard/statistics\"");
        assertThat(manager.get("http://localhost:8089/dashboard/statistics?" + YEAR + "&lang=sv").body())
                .contains("id=\"figure-decisions\">3<", "66,7 %", "insikt.xlsx?from=2001-01-01&amp;to=2001-12-31");
        assertThat(manager.get("http://localhost:8089/dashboard/statistics/building.csv?" + YEAR).body())
                .contains("\"permit_decisions\",\"3\"", "\"within_statutory_limit_percent\",\"66.7\"");
    }

    @Test
    void aPeriodBackwardsAnotherMunicipalityOrAnotherRoleIsRefused() {
        Response backwards = api.get("/api/v1/statistics/building?from=2001-12-31&to=2001-01-01", tokens.of("manager"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body().get("code").asText()).isEqualTo("period-invalid");
        assertThat(api.get("/api/v1/statistics/insikt?to=2001-01-01", tokens.of("manager")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/statistics/insikt?from=2001-01-01&to=2001-13-01", tokens.of("manager")).status())
                .isEqualTo(400);
        Response elsewhere = api.get("/api/v1/statistics/insikt?" + YEAR + "&municipality=lillestrom", tokens.of("manager"));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body().get("code").asText()).isEqualTo("statistics-other-municipality");
        assertThat(api.get("/api/v1/statistics/insikt?" + YEAR, tokens.of("firstline")).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/statistics/building?" + YEAR, tokens.of("applicant")).status()).isEqualTo(403);
    }

    private void permit(String number, String municipality, String outcome, int days, boolean met, boolean extended) {
        String decided = java.time.LocalDate.of(2001, 3, 1).plusDays(days).toString();
        UUID id = caseFile(number, "PERMIT", municipality, outcome, decided);
        jdbc.update("insert into permit (id, permit_type, fee, complete_at) values (?, ?, 48000, '2001-03-01T10:00:00Z')",
                id, municipality.equals("ostersund") ? "building-permit-se" : "building-permit-no");
        jdbc.update("""
                insert into permit_decision (permit_id, outcome, legal_basis, reasoning, appeal, decided_by, decided_at)
                values (?, ?, 'PBL 9:30', 'Known data', 'Appeal', 'planning', (?::date + time '10:00') at time zone 'UTC')""",
                id, outcome, decided);
        jdbc.update("""
                insert into case_clock (id, case_id, kind, country, norm_working_days, norm_weeks, started_at, counted_from,
                    due_at, stopped_at, met, extension_weeks, version)
                values (gen_random_uuid(), ?, 'PERMIT_DECISION', 'SE', 0, 10, '2001-03-01', '2001-03-01',
                        '2001-05-10', ?::date, ?, ?, 0)""", id, decided, met, extended ? 4 : null);
    }

    private UUID caseFile(String number, String kind, String municipality, String outcome, String closed) {
        UUID id = UUID.randomUUID();
        int n = Integer.parseInt(number.substring(number.length() - 1));
        jdbc.update("""
                insert into case_file (id, kind, case_number, municipality, country, company_name, org_number,
                    contact_name, contact_email, contact_phone, description, status, confidential, opened_by, opened_at,
                    updated_at, closed_at, outcome, version)
                values (?, ?, ?, ?, ?, ?, '556677-8899', 'Stina Statistiker', 'stina@statistik.example',
                        '+46 70 000 00 00', 'Known data', 'DECIDED', false, 'applicant', '2001-02-01', now(),
                        (?::date + time '10:00') at time zone 'UTC', ?, 0)""",
                id, kind, number, municipality, municipality.equals("ostersund") ? "SE" : "NO", "Statistik AB " + n,
                closed, outcome);
        return id;
    }
}
