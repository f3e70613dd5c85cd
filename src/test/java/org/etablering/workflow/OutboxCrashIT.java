package org.etablering.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
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

/**
 * The crash window between committing a case and telling the engine. A database trigger holds every new
 * outbox message back, which is exactly the state a crash right after the commit leaves behind: the case
 * is saved, its process not started. The running application then plays the restarted one.
 */
@FullStackTest
class OutboxCrashIT extends FullStackSupport {

    private static final Duration ENGINE_STEP = Duration.ofSeconds(15);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OutboxRepository outbox;
    @Autowired
    private EnginePublisher engine;

    private Inbox inbox;

    @BeforeEach
    void crashAfterEveryCommit() {
        inbox = new Inbox(api);
        jdbc.execute("""
                create or replace function test_hold_back_outbox() returns trigger language plpgsql as $$
                begin new.next_attempt_at := now() + interval '100 years'; return new; end $$""");
        jdbc.execute("create trigger test_hold_back_outbox before insert on workflow_outbox "
                + "for each row execute function test_hold_back_outbox()");
    }

    @AfterEach
    void noMoreCrashes() {
        jdbc.execute("drop trigger if exists test_hold_back_outbox on workflow_outbox");
        jdbc.execute("drop function if exists test_hold_back_outbox()");
    }

    @Test
    void aStartCaughtInTheCrashIsPublishedOnRestartAndNotLost() throws InterruptedException {
        Case saved = submit();
        Thread.sleep(3000);
        assertThat(inbox.find(tokens.of("firstline"), saved.caseNumber(), "Triage the inquiry"))
                .as("the process has not started yet: the message is still in the outbox").isEmpty();
        assertThat(publishedAt(saved.messageId())).isNull();

        restart(saved.messageId());

        inbox.await(tokens.of("firstline"), saved.caseNumber(), "Triage the inquiry");
        assertThat(publishedAt(saved.messageId())).isNotNull();
    }

    @Test
    void aStartThatReachedTheEngineBeforeTheCrashIsNotStartedTwice() throws InterruptedException {
        Case saved = submit();
        // the engine got the message, but the crash came before the outbox row was marked as published
        OutboxMessage message = outbox.findById(saved.messageId()).orElseThrow();
        engine.publish(java.util.List.of(new PendingMessage(message.getId(), message.getMessageName(),
                message.getCorrelationKey(), message.getVariables(), 0)));
        String firstLine = tokens.of("firstline");
        inbox.await(firstLine, saved.caseNumber(), "Triage the inquiry");

        restart(saved.messageId());

        Eventually.await("the outbox to count the message as published", ENGINE_STEP,
                () -> Optional.ofNullable(publishedAt(saved.messageId())));
        Thread.sleep(3000);
        assertThat(inbox.tasks(firstLine, "?caseNumber=" + saved.caseNumber()))
                .as("one process, one triage task").hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ? and kind = 'RECEIVED'",
                Long.class, saved.id())).isEqualTo(1);
    }

    private record Case(UUID id, String caseNumber, UUID messageId) {
    }

    private Case submit() {
        JsonNode created = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        UUID id = UUID.fromString(created.get("id").asText());
        UUID messageId = jdbc.queryForObject(
                "select id from workflow_outbox where message_name = 'inquiry-submitted' and correlation_key = ?",
                UUID.class, id.toString());
        return new Case(id, created.get("caseNumber").asText(), messageId);
    }

    /** The restarted application's sweep finds the message due. */
    private void restart(UUID messageId) {
        noMoreCrashes();
        jdbc.update("update workflow_outbox set next_attempt_at = now() where id = ?", messageId);
    }

    private java.sql.Timestamp publishedAt(UUID messageId) {
        return jdbc.queryForObject("select published_at from workflow_outbox where id = ?", java.sql.Timestamp.class,
                messageId);
    }

}
