package org.etablering.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.etablering.local.LocalStack;
import org.etablering.support.DecisionDocumentCheck;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through the real SMTP server of local mode (GreenMail): what a company and its case's owner receive, in the
 * municipality's language with a link to the case; the decision with its PDF; a confidential case told only that
 * there is news; mail caught in a crash sent once after the restart; a mail server away never fails a request and
 * loses nothing; a mail that cannot be delivered is shown to the officials.
 */
@FullStackTest
class MailIT extends FullStackSupport {

    private static final Duration MAIL = Duration.ofSeconds(20);
    private static final String APP = "http://localhost:8089";

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MailRelay relay;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private TransactionTemplate transaction;

    private Inbox inbox;
    private GreenMail smtp;

    @BeforeEach
    void setUp() {
        inbox = new Inbox(api);
        smtp = LocalStack.mailServer().orElseThrow(() -> new AssertionError("local mode runs no SMTP server"));
    }

    @AfterEach
    void noMoreCrashes() {
        jdbc.execute("drop trigger if exists test_hold_back_mail on mail_outbox");
        jdbc.execute("drop function if exists test_hold_back_mail()");
    }

    @Test
    void theCompanyIsToldOfItsInquiryAndOfWhatIsAskedAndTheOwnerOfWhatTheCompanyWrote() throws Exception {
        String contact = unique("nora") + "@norrskendata.example";
        JsonNode submitted = submit(contact, false);
        String id = submitted.get("id").asText();
        String number = submitted.get("caseNumber").asText();

        MimeMessage receipt = await(contact, number);
        assertThat(receipt.getSubject()).isEqualTo(number + ": vi har tagit emot ert ärende");
        assertThat(receipt.getFrom()[0].toString()).contains("@");
        String receiptText = text(receipt);
        assertThat(receiptText).contains("Hej,", "registrerat som " + number, APP + "/portal/cases/" + id,
                "Östersunds kommun");

        inbox.complete(tokens.of("firstline"), number, "Triage the inquiry", Map.of("inquiryComplete", "no",
                "missingInformation", "Please tell us how many square metres of office you need."));
        MimeMessage request = await(contact, number + ": komplettering behövs");
        assertThat(text(request)).contains("Kommunen behöver mer från er", "square metres of office");

        assertThat(api.post("/api/v1/inquiries/" + id + "/messages", tokens.of("applicant"),
                Map.of("text", "About 400 square metres.")).status()).isEqualTo(201);
        MimeMessage toOwner = await("firstline@demo.etablering.local", number + ": företaget har skrivit i ditt ärende");
        assertThat(text(toOwner)).contains("About 400 square metres.", APP + "/inbox/cases/" + id);

        Eventually.await("the mail on the timeline", MAIL, () -> Optional.ofNullable(jdbc.queryForObject(
                "select count(*) from case_event where case_id = ?::uuid and kind = 'MAIL_SENT'", Integer.class, id))
                .filter(count -> count == 3));
        assertThat(received(contact, number)).as("each mail once: the receipt and the request").hasSize(2);
    }

    @Test
    void aConfidentialCaseIsOnlyToldThatThereIsNews() throws Exception {
        String contact = unique("secret") + "@norrskendata.example";
        JsonNode submitted = submit(contact, true);
        String number = submitted.get("caseNumber").asText();
        MimeMessage receipt = await(contact, number);
        assertThat(text(receipt)).contains("Det finns nytt i ärende " + number)
                .doesNotContain("data centre");
    }

    @Test
    void aDecisionArrivesWithItsPdfInTheApplicantsLanguage() throws Exception {
        JsonNode permit = api.post("/api/v1/permits", tokens.of("applicant"), Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A server hall with its own substation")).body();
        String number = permit.get("caseNumber").asText();
        String planning = tokens.of("planning");
        inbox.complete(planning, number, "Check that the application is complete", Map.of("applicationComplete", "yes"));
        inbox.complete(planning, number, "Assess the application",
                Map.of("proposedOutcome", "APPROVE", "proposalReasoning", "In line with the detailed plan."));
        inbox.complete(planning, number, "Write the decision", Map.of("decisionOutcome", "APPROVED",
                "legalBasis", "Plan- och bygglagen 9 kap. 30 §", "reasoning", "The building follows the detailed plan."));

        MimeMessage decision = await("applicant@demo.etablering.local", number + ": beslut i ert ärende");
        MimeMultipart parts = (MimeMultipart) decision.getContent();
        byte[] pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
                pdf = part.getInputStream().readAllBytes();
            }
        }
        assertThat(pdf).as("the decision attached").isNotNull();
        DecisionDocumentCheck.assertValidPdfA(pdf);
        assertThat(DecisionDocumentCheck.text(pdf)).contains(number, "Ansökan beviljas.");
        assertThat(decision.getHeader("Message-ID")[0]).endsWith("@etablering>");

        Map<String, Object> lillestrom = new HashMap<>(Inquiries.fjallvind());
        lillestrom.put("country", "NO");
        lillestrom.put("orgNumber", "923456783");
        String norwegianContact = unique("post") + "@fjellvind.example";
        lillestrom.put("contactEmail", norwegianContact);
        var norwegian = api.post("/api/v1/inquiries", tokens.of("applicant-no"), lillestrom);
        assertThat(norwegian.status()).isEqualTo(201);
        MimeMessage receipt = await(norwegianContact, norwegian.body().get("caseNumber").asText());
        assertThat(receipt.getSubject()).endsWith("vi har mottatt henvendelsen");
        assertThat(text(receipt)).contains("Hei,", "Lillestrøm kommune");
    }

    @Test
    void mailCaughtInACrashIsSentOnceAfterTheRestart() throws Exception {
        // a trigger holds every new mail back: the state a crash right after the commit leaves behind
        jdbc.execute("""
                create or replace function test_hold_back_mail() returns trigger language plpgsql as $$
                begin new.next_attempt_at := now() + interval '100 years'; return new; end $$""");
        jdbc.execute("create trigger test_hold_back_mail before insert on mail_outbox "
                + "for each row execute function test_hold_back_mail()");
        String contact = unique("crash") + "@norrskendata.example";
        String number = submit(contact, false).get("caseNumber").asText();
        Thread.sleep(3000);
        assertThat(received(contact, number)).as("held back, as after a crash").isEmpty();
        noMoreCrashes();

        // the restarted application finds the mail due and sends it; more rounds send nothing more
        jdbc.update("update mail_outbox set next_attempt_at = now() where subject like ?", number + "%");
        relay.sendDue();
        relay.sendDue();
        await(contact, number);
        Thread.sleep(2000);
        assertThat(received(contact, number)).hasSize(1);

        // the same change delivered twice queues one mail
        boolean again = transaction.execute(status -> outbox.queue(new QueuedMail("event:crash-" + number, null,
                "ostersund", Audience.COMPANY, contact, null, null, number + ": again", "Body", null)));
        boolean twice = transaction.execute(status -> outbox.queue(new QueuedMail("event:crash-" + number, null,
                "ostersund", Audience.COMPANY, contact, null, null, number + ": again", "Body", null)));
        assertThat(again).isTrue();
        assertThat(twice).isFalse();
        await(contact, number + ": again");
        Thread.sleep(1500);
        assertThat(received(contact, number + ": again")).hasSize(1);
    }

    @Test
    void aMailServerAwayNeverFailsTheRequestAndTheMailGoesWhenItIsBack() throws Exception {
        String contact = unique("away") + "@norrskendata.example";
        smtp.stop();
        JsonNode submitted;
        long started = System.nanoTime();
        try {
            submitted = submit(contact, false);
        } finally {
            Thread.sleep(2500);
            smtp.start();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the request did not wait for the mail")
                .isLessThan(Duration.ofSeconds(10));
        String number = submitted.get("caseNumber").asText();
        Integer attempts = jdbc.queryForObject("select max(attempts) from mail_outbox where subject like ?",
                Integer.class, number + "%");
        assertThat(attempts).as("tried while the server was away").isPositive();
        jdbc.update("update mail_outbox set next_attempt_at = now() where subject like ? and sent_at is null", number + "%");
        await(contact, number);
    }

    @Test
    void aMailThatCannotBeDeliveredIsShownToTheOfficials() throws Exception {
        JsonNode submitted = submit(unique("ok") + "@norrskendata.example", false);
        UUID caseId = UUID.fromString(submitted.get("id").asText());
        transaction.executeWithoutResult(status -> outbox.queue(new QueuedMail("test:bad-" + caseId, caseId, "ostersund",
                Audience.COMPANY, "not an address@@", null, null, submitted.get("caseNumber").asText() + ": refused",
                "Body", null)));
        Eventually.await("the mail given up", MAIL, () -> Optional.ofNullable(jdbc.queryForObject(
                "select failed_at from mail_outbox where dedup_key = ?", java.sql.Timestamp.class, "test:bad-" + caseId)));
        assertThat(jdbc.queryForObject("select detail from case_event where case_id = ? and kind = 'MAIL_FAILED'",
                String.class, caseId)).as("on the timeline").contains("not an address@@");
        org.etablering.support.WebBrowser official = new org.etablering.support.WebBrowser();
        official.submitLogin(official.get(APP + "/"), "firstline");
        assertThat(official.get(APP + "/inbox/cases/" + caseId).body()).contains("id=\"mail-list\"", "mail-failed",
                "kunde inte levereras");
    }

    @Autowired
    private DailyDigest digest;

    @Test
    void anOfficialWhoTurnedTheDigestOnGetsTheNewTasksOfTheirQueuesEachMorning() throws Exception {
        org.etablering.support.WebBrowser planner = new org.etablering.support.WebBrowser();
        planner.submitLogin(planner.get(APP + "/"), "planning");
        String page = planner.get(APP + "/inbox/notifications").body();
        assertThat(page).contains("id=\"digest-form\"");
        String on = planner.post(APP + "/inbox/notifications/digest", "_csrf="
                + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(page)) + "&on=true").body();
        assertThat(on).contains("id=\"notice\"", "checked");
        String number = api.post("/api/v1/permits", tokens.of("applicant"), Map.of("permitType", "building-permit-se",
                "companyName", "Norrsken Data AB", "description", "A warehouse")).body().get("caseNumber").asText();
        inbox.await(tokens.of("planning"), number, "Check that the application is complete");

        assertThat(digest.send()).isPositive();
        MimeMessage morning = await("planning@demo.etablering.local", "Nya uppgifter i dina köer");
        assertThat(text(morning)).contains(number + ": Kontrollera att ansökan är komplett", APP + "/inbox");
        assertThat(digest.send()).as("one digest a day").isZero();

        planner.post(APP + "/inbox/notifications/digest", "_csrf="
                + org.etablering.support.WebBrowser.encode(org.etablering.support.WebBrowser.csrf(on)));
        jdbc.update("update official_digest set last_sent_at = null where username = 'planning'");
        assertThat(jdbc.queryForObject("select enabled from official_digest where username = 'planning'", Boolean.class))
                .isFalse();
    }

    private JsonNode submit(String contact, boolean confidential) {
        Map<String, Object> inquiry = new HashMap<>(Inquiries.norrsken());
        inquiry.put("contactEmail", contact);
        inquiry.put("confidential", confidential);
        var response = api.post("/api/v1/inquiries", tokens.of("applicant"), inquiry);
        assertThat(response.status()).isEqualTo(201);
        return response.body();
    }

    private MimeMessage await(String recipient, String subjectStart) {
        return Eventually.await("a mail to " + recipient + " about " + subjectStart, MAIL,
                () -> received(recipient, subjectStart).stream().findFirst());
    }

    private List<MimeMessage> received(String recipient, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject() != null && message.getSubject().startsWith(subjectStart)
                        && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The mail's text as the recipient reads it, decoded. */
    private static String text(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getContent() instanceof String text) {
                return text;
            }
            if (part.getContent() instanceof MimeMultipart inner) {
                return (String) inner.getBodyPart(0).getContent();
            }
        }
        throw new AssertionError("no text in the mail");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
