package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.impl.NoopCredentialsProvider;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.etablering.support.CamundaRestStub;
import org.etablering.workflow.EngineAnswer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The inbox understands the engine's answers about jobs whichever protocol the client speaks: a job that is
 * gone closes the task (409 to the user), an engine that is away is a passing fault (503), anything else is
 * not mistaken for either.
 */
class CamundaTaskEngineProtocolTest {

    private static final Duration LOCK = Duration.ofMinutes(10);

    @Nested
    class OverRest {

        @Test
        void aJobThatIsGoneIsRecognisedWhenCompletingAndWhenRenewingItsLock() {
            try (CamundaRestStub gateway = new CamundaRestStub(); CamundaClient client = gateway.client()) {
                CamundaTaskEngine engine = new CamundaTaskEngine(client, LOCK);
                gateway.refuse(404, "NOT_FOUND");
                assertThat(engine.completeJob(42L, Map.of("decision", "yes"))).isEqualTo(TaskEngine.Outcome.JOB_GONE);
                assertThat(engine.stillWaiting(42L)).isFalse();
                assertThat(gateway.requests()).contains("POST /v2/jobs/42/completion", "PATCH /v2/jobs/42");
            }
        }

        @Test
        void aJobStillWaitingIsCompletedAndItsLockRenewed() {
            try (CamundaRestStub gateway = new CamundaRestStub(); CamundaClient client = gateway.client()) {
                CamundaTaskEngine engine = new CamundaTaskEngine(client, LOCK);
                gateway.answer(204, "");
                assertThat(engine.completeJob(42L, Map.of())).isEqualTo(TaskEngine.Outcome.COMPLETED);
                assertThat(engine.stillWaiting(42L)).isTrue();
            }
        }

        @Test
        void anEngineThatIsAwayIsAPassingFaultAndAConflictIsNeitherGoneNorAway() {
            try (CamundaRestStub gateway = new CamundaRestStub(); CamundaClient client = gateway.client()) {
                CamundaTaskEngine engine = new CamundaTaskEngine(client, LOCK);
                gateway.refuse(503, "UNAVAILABLE");
                assertThatThrownBy(() -> engine.completeJob(42L, Map.of()))
                        .satisfies(e -> assertThat(EngineAnswer.isUnavailable(e)).isTrue());
                gateway.refuse(409, "INVALID_STATE");
                assertThatThrownBy(() -> engine.stillWaiting(42L))
                        .satisfies(e -> assertThat(EngineAnswer.of(e)).isEqualTo(EngineAnswer.INVALID_STATE));
            }
        }
    }

    @Nested
    class OverGrpc {

        @Test
        void aJobThatIsGoneIsRecognisedAndAnAbsentEngineIsAPassingFault() throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            ZeebeTestEngine zeebe = EngineFactory.create(port);
            zeebe.start();
            try (CamundaClient client = CamundaClient.newClientBuilder()
                    .grpcAddress(URI.create("http://localhost:" + port)).restAddress(URI.create("http://localhost:1"))
                    .preferRestOverGrpc(false).credentialsProvider(new NoopCredentialsProvider()).build()) {
                CamundaTaskEngine engine = new CamundaTaskEngine(client, LOCK);
                assertThat(engine.completeJob(2251799813685249L, Map.of())).isEqualTo(TaskEngine.Outcome.JOB_GONE);
                assertThat(engine.stillWaiting(2251799813685249L)).isFalse();
                zeebe.stop();
                assertThatThrownBy(() -> engine.completeJob(2251799813685249L, Map.of()))
                        .satisfies(e -> assertThat(EngineAnswer.isUnavailable(e)).isTrue());
            } finally {
                try {
                    zeebe.stop();
                } catch (RuntimeException stoppedByTheTest) {
                    // the engine was stopped on purpose above
                }
            }
        }
    }
}
