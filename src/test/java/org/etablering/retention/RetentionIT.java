package org.etablering.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.etablering.local.LocalStack;
import org.etablering.support.Api.FilePart;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inquiry that led to nothing loses its personal content two years after it closed, as the default rules say:
 * not a day before, and nothing that is kept (the case number, register, decisions, audit trail, a case whose time
 * has not come) is touched. A run is logged with its counts and an administrator previews it.
 */
@FullStackTest
class RetentionIT extends FullStackSupport {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Retention retention;

    @Test
    void personalContentGoesWhenItsTimeHasComeAndWhatIsKeptStays() {
        String declined = closed("DECLINED");
        String established = closed("ESTABLISHED");
        Instant now = LocalStack.clock().instant();
        long registered = count("select count(*) from register_entry where case_id = ?::uuid", declined);
        long audited = count("select count(*) from audit_event where case_id = ?::uuid", declined);
        assertThat(count("select count(*) from message_attachment a join case_message m on m.id = a.message_id "
                + "where m.case_id = ?::uuid", declined)).isEqualTo(1);

        Instant dayBefore = now.plus(Duration.ofDays(2 * 365 - 2));
        assertThat(preview(dayBefore)).as("not before two years").doesNotContain(numberOf(declined));
        Instant after = now.plus(Duration.ofDays(2 * 366 + 1));
        assertThat(preview(after)).contains(numberOf(declined)).doesNotContain(numberOf(established));
        assertThat(api.get("/api/v1/admin/retention/preview", tokens.of("manager")).status()).isEqualTo(403);
        assertThat(count("select count(*) from case_file where id = ?::uuid and contact_email is not null", declined))
                .as("a preview changes nothing").isEqualTo(1);

        RetentionRun run = retention.run(after);
        assertThat(run.cases()).isGreaterThanOrEqualTo(1);
        assertThat(run.caseNumbers()).contains(numberOf(declined)).doesNotContain(numberOf(established));
        Map<String, Object> erased = jdbc.queryForMap("select case_number, contact_name, contact_email, description, "
                + "erased_at, outcome from case_file where id = ?::uuid", declined);
        assertThat(erased.get("contact_name")).isNull();
        assertThat(erased.get("contact_email")).isNull();
        assertThat(erased.get("description")).isEqualTo("");
        assertThat(erased.get("erased_at")).isNotNull();
        assertThat(erased.get("outcome")).as("the outcome stays").isEqualTo("DECLINED");
        assertThat(jdbc.queryForList("select text from case_message where case_id = ?::uuid", String.class, declined))
                .isNotEmpty().containsOnly("");
        assertThat(count("select count(*) from message_attachment a join case_message m on m.id = a.message_id "
                + "where m.case_id = ?::uuid", declined)).isZero();
        assertThat(jdbc.queryForList("select text from case_note where case_id = ?::uuid", String.class, declined))
                .containsOnly("");
        assertThat(count("select count(*) from register_entry where case_id = ?::uuid", declined)).isEqualTo(registered);
        assertThat(count("select count(*) from audit_event where case_id = ?::uuid", declined)).isGreaterThanOrEqualTo(audited);
        assertThat(count("select count(*) from case_document where case_id = ?::uuid", declined))
                .as("the municipality's answer stays").isEqualTo(1);
        assertThat(count("select count(*) from case_file where id = ?::uuid and contact_email is not null", established))
                .as("an established company's case is kept ten years").isEqualTo(1);

        assertThat(retention.run(after).caseNumbers()).as("a second run finds nothing new")
                .doesNotContain(numberOf(declined));
        assertThat(api.get("/api/v1/admin/retention/runs", tokens.of("admin")).body().findValuesAsText("caseNumbers"))
                .anyMatch(numbers -> numbers.contains(numberOf(declined)));
    }

    /** An inquiry with a message, an attachment and a note, answered and closed with the outcome. */
    private String closed(String outcome) {
        JsonNode inquiry = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String id = inquiry.get("id").asText();
        String number = inquiry.get("caseNumber").asText();
        String firstLine = tokens.of("firstline");
        assertThat(api.postMultipart("/api/v1/inquiries/" + id + "/messages", tokens.of("applicant"),
                Map.of("text", "Our plan, from Nora Lindqvist, 070-123 45 67"),
                List.of(new FilePart("attachments", "plan.pdf", "application/pdf",
                        "%PDF-1.4\n% a site plan\n%%EOF\n".getBytes(StandardCharsets.UTF_8)))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/inquiries/" + id + "/notes", firstLine,
                Map.of("text", "Nora prefers mornings")).status()).isEqualTo(201);
        Inbox inbox = new Inbox(api);
        inbox.complete(firstLine, number, "Triage the inquiry", Map.of("inquiryComplete", "yes"));
        inbox.await(tokens.of("business"), number, "Accept the hand-off");
        assertThat(api.post("/api/v1/inquiries/" + id + "/close", firstLine,
                Map.of("outcome", outcome, "reason", "The company decided")).status()).isEqualTo(202);
        Eventually.await("the case closed", Duration.ofSeconds(20), () -> java.util.Optional.of(id).filter(closed ->
                count("select count(*) from case_file where id = ?::uuid and closed_at is not null", closed) == 1));
        if (count("select count(*) from case_document where case_id = ?::uuid", id) == 0) {
            // the answer the municipality gave is a decision-like document that stays; write one as the process would
            jdbc.update("""
                    insert into case_document (id, case_id, kind, reference, title, file_name, content, size_bytes,
                        sha256, issued_at)
                    values (gen_random_uuid(), ?::uuid, 'INQUIRY_RESPONSE', gen_random_uuid()::text, 'Svar', 'svar.pdf',
                            '\\x25504446'::bytea, 4, 'x', now())""", id);
        }
        return id;
    }

    private String numberOf(String id) {
        return jdbc.queryForObject("select case_number from case_file where id = ?::uuid", String.class, id);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The case numbers an administrator's preview of a run on that day lists. */
    private List<String> preview(Instant at) {
        JsonNode preview = api.get("/api/v1/admin/retention/preview?at=" + at.toString().substring(0, 10),
                tokens.of("admin")).body();
        List<String> numbers = new java.util.ArrayList<>();
        preview.get("rules").forEach(rule -> rule.get("caseNumbers").forEach(number -> numbers.add(number.asText())));
        return numbers;
    }
}
