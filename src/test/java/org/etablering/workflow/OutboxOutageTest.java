package org.etablering.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.impl.NoopCredentialsProvider;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.etablering.support.EngineLink;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox through an engine outage, with a real database and a real engine behind a link the test cuts:
 * messages wait without hammering the engine or holding database locks, and all of them go out within
 * seconds of the engine's return, each exactly once.
 */
class OutboxOutageTest {

    private static final String MESSAGE = "etablering-outage-test";

    private static EmbeddedPostgres postgres;
    private static ZeebeTestEngine engine;
    private static EngineLink link;
    private static CamundaClient client;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transaction;
    private static EnginePublisher publisher;
    private static OutboxStore store;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        transaction = new TransactionTemplate(new DataSourceTransactionManager(postgres.getPostgresDatabase()));
        int enginePort;
        try (ServerSocket free = new ServerSocket(0)) {
            enginePort = free.getLocalPort();
        }
        engine = EngineFactory.create(enginePort);
        engine.start();
        link = new EngineLink(enginePort);
        client = CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://localhost:" + link.port()))
                .restAddress(URI.create("http://localhost:1"))
                .preferRestOverGrpc(false)
                .credentialsProvider(new NoopCredentialsProvider())
                .defaultRequestTimeout(Duration.ofSeconds(5))
                .build();
        publisher = new EnginePublisher(client);
        store = new OutboxStore(jdbc, new ObjectMapper());
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        link.close();
        engine.stop();
        postgres.close();
    }

    @BeforeEach
    void emptyOutbox() {
        link.restore();
        jdbc.update("delete from workflow_outbox");
    }

    @Test
    void threeHundredMessagesThatWaitedForTheEngineAreAllPublishedWithinSecondsOfItsReturn() throws Exception {
        OutboxRelay relay = relay(Clock.systemUTC());
        link.cut();
        for (int i = 0; i < 300; i++) {
            queue(UUID.randomUUID(), "outage-" + i, Instant.now());
        }
        for (int round = 0; round < 3; round++) {
            assertThat(relay.publishDue()).isZero();
        }
        assertThat(relay.engineReachable()).isFalse();
        assertThat(jdbc.queryForObject("select sum(attempts) from workflow_outbox", Long.class))
                .as("while the engine is away the relay asks with one message per round, not with every message")
                .isLessThanOrEqualTo(OutboxRelay.BATCH + 2);
        assertThat(jdbc.queryForObject("select count(*) from workflow_outbox where claimed_until is not null "
                + "and published_at is null", Long.class)).as("nothing stays claimed").isZero();

        link.restore();
        Instant back = Instant.now();
        ScheduledExecutorService sweeps = Executors.newSingleThreadScheduledExecutor();
        sweeps.scheduleWithFixedDelay(relay::sweep, 0, 2, TimeUnit.SECONDS);
        try {
            while (waiting() > 0 && Duration.between(back, Instant.now()).toSeconds() < 60) {
                Thread.sleep(100);
            }
        } finally {
            sweeps.shutdownNow();
        }
        Duration catchUp = Duration.between(back, Instant.now());
        assertThat(waiting()).isZero();
        assertThat(catchUp).as("time from the engine's return until the last message was published")
                .isLessThan(Duration.ofSeconds(10));
        assertThat(publishedByEngine("outage-")).isEqualTo(300);
    }

    @Test
    void aClaimWhoseRelayDiedRunsOutAndTheMessageIsDeliveredOnceWithoutDoubling() {
        UUID id = UUID.randomUUID();
        queue(id, "crashed-1", Instant.now());
        // the dying relay claimed the message and reached the engine, then died before marking it
        var claimed = transaction.execute(status -> store.claim(Instant.now(), OutboxRelay.LEASE, 10));
        assertThat(claimed).extracting(PendingMessage::id).containsExactly(id);
        assertThat(publisher.publish(claimed).get(id).delivery()).isEqualTo(EnginePublisher.Delivery.DELIVERED);

        assertThat(relay(Clock.systemUTC()).publishDue()).as("another relay leaves a live claim alone").isZero();
        Clock afterTheLease = Clock.fixed(Instant.now().plus(OutboxRelay.LEASE).plusSeconds(1), ZoneOffset.UTC);
        assertThat(relay(afterTheLease).publishDue()).isEqualTo(1);

        assertThat(jdbc.queryForObject("select published_at from workflow_outbox where id = ?", Timestamp.class, id))
                .isNotNull();
        assertThat(publishedByEngine("crashed-1")).as("the engine refused the second copy").isEqualTo(1);
    }

    @Test
    void publishedMessagesAreRemovedAfterTheRetentionPeriodAndWaitingOnesNever() {
        Instant now = Instant.now();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID waiting = UUID.randomUUID();
        queue(old, "purge-old", now.minus(Duration.ofDays(30)));
        queue(recent, "purge-recent", now.minus(Duration.ofDays(2)));
        queue(waiting, "purge-waiting", now.minus(Duration.ofDays(30)));
        jdbc.update("update workflow_outbox set published_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(8))), old);
        jdbc.update("update workflow_outbox set published_at = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofDays(1))), recent);

        relay(Clock.systemUTC()).purge();

        assertThat(jdbc.queryForList("select id from workflow_outbox", UUID.class))
                .containsExactlyInAnyOrder(recent, waiting);
    }

    private static OutboxRelay relay(Clock clock) {
        return new OutboxRelay(store, publisher, () -> true, transaction, clock, Duration.ofDays(7));
    }

    private static void queue(UUID id, String correlationKey, Instant at) {
        jdbc.update("""
                insert into workflow_outbox (id, message_name, correlation_key, variables, created_at, attempts,
                    next_attempt_at) values (?, ?, ?, '{"caseNumber": "ETB-2026-000001"}'::jsonb, ?, 0, ?)""",
                id, MESSAGE, correlationKey, Timestamp.from(at), Timestamp.from(at));
    }

    private static long waiting() {
        return jdbc.queryForObject("select count(*) from workflow_outbox where published_at is null", Long.class);
    }

    private static long publishedByEngine(String correlationKeyPrefix) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).messageRecords().spliterator(), false)
                .filter(record -> record.getIntent() == MessageIntent.PUBLISHED)
                .filter(record -> record.getValue().getCorrelationKey().startsWith(correlationKeyPrefix))
                .count();
    }
}
