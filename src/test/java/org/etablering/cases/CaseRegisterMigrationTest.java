package org.etablering.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database written by the migrations before the case register (V1–V6), holding one inquiry, one permit
 * started from it and one land request with everything that hangs off each, migrates with every row still
 * attached to the right case.
 */
class CaseRegisterMigrationTest {

    private static final UUID INQUIRY = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID PERMIT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID LAND = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrateAFilledDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).target("6").load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        fillAsBeforeTheRegister();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void everyCaseIsInTheRegisterWithItsHeader() {
        List<Map<String, Object>> cases = jdbc.queryForList(
                "select id, kind, case_number, company_name, status, parent_id, confidential, contact_email, outcome,"
                        + " closed_at, description from case_file order by case_number");
        assertThat(cases).extracting(row -> row.get("case_number"))
                .containsExactly("ETB-2026-000001", "LND-2026-000001", "PRM-2026-000002");
        Map<String, Object> inquiry = cases.get(0);
        assertThat(inquiry).containsEntry("id", INQUIRY).containsEntry("kind", "INQUIRY")
                .containsEntry("status", "HANDED_OFF").containsEntry("confidential", true)
                .containsEntry("description", "A data centre");
        Map<String, Object> permit = cases.get(2);
        assertThat(permit).containsEntry("kind", "PERMIT").containsEntry("parent_id", INQUIRY)
                .containsEntry("contact_email", "nora@norrsken.example").containsEntry("confidential", true)
                .containsEntry("outcome", "APPROVED");
        assertThat(permit.get("closed_at")).isNotNull();
        Map<String, Object> land = cases.get(1);
        assertThat(land).containsEntry("kind", "LAND_REQUEST").containsEntry("parent_id", null)
                .containsEntry("description", "A hall").containsEntry("company_name", "Fjällvind Energi AB")
                .containsEntry("outcome", null);
        assertThat(jdbc.queryForList("select function from case_function where case_id = ? order by function",
                String.class, PERMIT)).as("a child of a confidential inquiry: its functions and planning")
                .containsExactly("business", "planning");
    }

    @Test
    void theKindsKeepTheirOwnDetails() {
        assertThat(jdbc.queryForObject("select sector from inquiry where id = ?", String.class, INQUIRY)).isEqualTo("63.11");
        assertThat(jdbc.queryForList("select need from inquiry_need where inquiry_id = ?", String.class, INQUIRY))
                .containsExactly("LAND");
        assertThat(jdbc.queryForObject("select permit_type from permit where id = ?", String.class, PERMIT))
                .isEqualTo("building-permit-se");
        assertThat(jdbc.queryForObject("select count(*) from permit_decision where permit_id = ?", Integer.class, PERMIT))
                .isOne();
        assertThat(jdbc.queryForObject("select minimum_size_sqm from land_request where id = ?", Integer.class, LAND))
                .isEqualTo(5000);
    }

    @Test
    void everythingThatHangsOffACaseFollowsIt() {
        assertThat(jdbc.queryForList("select case_id from task order by name", UUID.class))
                .containsExactly(PERMIT, LAND, INQUIRY);
        assertThat(jdbc.queryForList("select candidate_group from task_candidate_group g join task t on t.id = g.task_id"
                + " where t.case_id = ?", String.class, PERMIT)).containsExactly("planning");
        assertThat(jdbc.queryForList("select case_id from audit_event order by id", UUID.class))
                .containsExactly(INQUIRY, PERMIT, LAND, null);
        assertThat(jdbc.queryForObject("select case_id from case_event", UUID.class)).isEqualTo(INQUIRY);
        assertThat(jdbc.queryForObject("select case_id from case_note", UUID.class)).isEqualTo(INQUIRY);
        assertThat(jdbc.queryForObject("select case_id from handoff", UUID.class)).isEqualTo(INQUIRY);
        assertThat(jdbc.queryForObject("select case_id from submission_key", UUID.class)).isEqualTo(INQUIRY);
        assertThat(jdbc.queryForList("select case_id from case_clock order by kind", UUID.class))
                .containsExactly(INQUIRY, PERMIT);
        assertThat(jdbc.queryForObject("select case_id from case_message", UUID.class)).isEqualTo(PERMIT);
        assertThat(jdbc.queryForObject("select case_id from notification", UUID.class)).isEqualTo(PERMIT);
        assertThat(jdbc.queryForObject("select land_request_id from parcel_claim", UUID.class)).isEqualTo(LAND);
    }

    @Test
    void theRegisterNumbersOnWhereTheOldSeriesEnded() {
        long next = jdbc.queryForObject("select nextval('case_number_seq')", Long.class);
        assertThat(next).as("past the highest number of any kind").isGreaterThan(2);
    }

    private static void fillAsBeforeTheRegister() {
        jdbc.queryForObject("select nextval('case_number_seq')", Long.class);
        jdbc.queryForObject("select nextval('permit_number_seq')", Long.class);
        jdbc.queryForObject("select nextval('permit_number_seq')", Long.class);
        jdbc.queryForObject("select nextval('land_request_number_seq')", Long.class);
        jdbc.update("""
                insert into inquiry (id, case_number, municipality, org_number, company_name, country, contact_name,
                  contact_email, contact_phone, establishment_type, sector, description, confidential, status,
                  submitted_by, submitted_at, updated_at, version, owner)
                values (?, 'ETB-2026-000001', 'ostersund', '559900-0006', 'Norrsken Data AB', 'SE', 'Nora',
                  'nora@norrsken.example', null, 'LARGE', '63.11', 'A data centre', true, 'HANDED_OFF', 'applicant',
                  now() - interval '3 days', now(), 3, 'firstline')""", INQUIRY);
        jdbc.update("insert into inquiry_need values (?, 'LAND')", INQUIRY);
        jdbc.update("insert into inquiry_function values (?, 'business')", INQUIRY);
        jdbc.update("insert into inquiry_note (id, inquiry_id, author, author_role, written_at, text)"
                + " values (?, ?, 'firstline', 'first-line', now(), 'Called them')", UUID.randomUUID(), INQUIRY);
        jdbc.update("insert into case_event (inquiry_id, occurred_at, kind, internal) values (?, now(), 'RECEIVED', false)",
                INQUIRY);
        jdbc.update("insert into submission_key values ('user-1', 'key-1', 'hash', ?, now())", INQUIRY);
        jdbc.update("""
                insert into handoff (id, inquiry_id, process_instance_key, from_role, to_role, requested_at, version)
                values (?, ?, 11, 'first-line', 'business', now(), 0)""", UUID.randomUUID(), INQUIRY);
        jdbc.update("""
                insert into case_clock (id, case_id, kind, country, norm_working_days, started_at, counted_from,
                  version) values (?, ?, 'FIRST_CONTACT', 'SE', 2, now(), now(), 0)""", UUID.randomUUID(), INQUIRY);

        jdbc.update("""
                insert into permit (id, case_number, inquiry_id, municipality, permit_type, org_number, company_name,
                  applicant, description, site, fee, status, officer, submitted_at, version)
                values (?, 'PRM-2026-000002', ?, 'ostersund', 'building-permit-se', '559900-0006', 'Norrsken Data AB',
                  'applicant', 'A hall', 'Torvalla', 48000, 'DECIDED', 'planning', now() - interval '2 days', 5)""",
                PERMIT, INQUIRY);
        jdbc.update("""
                insert into permit_decision (permit_id, outcome, legal_basis, reasoning, appeal, decided_by, decided_at)
                values (?, 'APPROVED', 'PBL 9:30', 'Fits the plan', 'Appeal within three weeks', 'planning', now())""",
                PERMIT);
        jdbc.update("""
                insert into case_clock (id, case_id, kind, country, norm_working_days, norm_weeks, started_at,
                  counted_from, version) values (?, ?, 'PERMIT_DECISION', 'SE', 0, 10, now(), now(), 0)""",
                UUID.randomUUID(), PERMIT);
        jdbc.update("""
                insert into case_message (id, case_id, kind, from_company, author, sent_at, text)
                values (?, ?, 'DECISION', false, 'process', now(), 'Approved')""", UUID.randomUUID(), PERMIT);
        jdbc.update("""
                insert into notification (id, municipality, recipient_role, case_id, case_number, kind, created_at)
                values (?, 'ostersund', 'manager', ?, 'PRM-2026-000002', 'DEADLINE_NEAR', now())""",
                UUID.randomUUID(), PERMIT);

        jdbc.update("""
                insert into land_request (id, case_number, municipality, org_number, company_name, requested_by,
                  purpose, minimum_size_sqm, needs_rail, status, requested_at, version)
                values (?, 'LND-2026-000001', 'ostersund', '556600-1235', 'Fjällvind Energi AB', 'applicant2',
                  'A hall', 5000, false, 'OFFERED', now() - interval '1 day', 1)""", LAND);
        UUID parcel = UUID.randomUUID();
        jdbc.update("""
                insert into parcel (id, municipality, designation, area, size_sqm, zoning, power_mw, water_and_sewer,
                  road_access, rail_access, price_per_sqm, status, created_at, updated_at, version)
                values (?, 'ostersund', 'Torvalla 2:45', 'Torvalla', 8000, 'INDUSTRY', 2, true, true, false, 300,
                  'OFFERED', now(), now(), 0)""", parcel);
        jdbc.update("""
                insert into parcel_claim (id, parcel_id, land_request_id, stage, price_per_sqm, offered_by, offered_at,
                  offer_expires_at, version) values (?, ?, ?, 'OFFERED', 300, 'planning', now(), now() + interval '30 days', 0)""",
                UUID.randomUUID(), parcel, LAND);

        task("Triage", INQUIRY, null, null, "first-line");
        task("Check the permit", null, PERMIT, null, "planning");
        task("Match a parcel", null, null, LAND, "planning");
        audit(INQUIRY);
        audit(PERMIT);
        audit(LAND);
        audit(null);
    }

    private static void task(String name, UUID inquiry, UUID permit, UUID land, String group) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into task (id, job_key, process_instance_key, process_id, element_id, name, inquiry_id,
                  permit_id, land_request_id, municipality, state, created_at, version)
                values (?, ?, 1, 'p', 'e', ?, ?, ?, ?, 'ostersund', 'OPEN', now(), 0)""",
                id, Math.abs(id.getMostSignificantBits()), name, inquiry, permit, land);
        jdbc.update("insert into task_candidate_group values (?, ?)", id, group);
    }

    private static void audit(UUID caseId) {
        jdbc.update("insert into audit_event (occurred_at, username, action, inquiry_id, outcome)"
                + " values (now(), 'someone', 'TASK_CLAIMED', ?, 'ALLOWED')", caseId);
    }
}
