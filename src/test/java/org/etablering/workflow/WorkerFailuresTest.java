package org.etablering.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.grpc.Status;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a failing worker tells the engine. */
class WorkerFailuresTest {

    private final WorkerFailures failures = new WorkerFailures(null, null);

    private static ActivatedJob job(long key, int retries) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getKey()).thenReturn(key);
        when(job.getRetries()).thenReturn(retries);
        when(job.getType()).thenReturn("permit-decision");
        return job;
    }

    @Test
    void aDatabaseOutageIsTriedAgainWithGrowingPausesAndNeverUsesUpTheRetries() {
        ActivatedJob job = job(1L, 1);
        Exception outage = new CannotCreateTransactionException("no connection", new SQLException("refused", "08001"));
        WorkerFailures.Decision first = failures.decide(outage, job);
        WorkerFailures.Decision second = failures.decide(outage, job);
        assertThat(first.retries()).as("the last retry is not spent").isEqualTo(1);
        assertThat(first.incident()).isFalse();
        assertThat(second.backoff()).isGreaterThan(first.backoff());
        for (int i = 0; i < 20; i++) {
            failures.decide(outage, job);
        }
        assertThat(failures.decide(outage, job).backoff()).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anEngineThatCannotBeReachedIsAPassingFaultToo() {
        ActivatedJob job = job(2L, 3);
        assertThat(failures.decide(new ClientStatusException(Status.UNAVAILABLE, null), job).retries()).isEqualTo(3);
    }

    @Test
    void aRuleOfTheCaseThatRefusesTheStepIsAnIncidentAtOnceWithAMessageThatSaysSo() {
        WorkerFailures.Decision decision = failures.decide(
                new IllegalStateException("The application cannot be rejected: no alternative was explored"), job(3L, 3));
        assertThat(decision.incident()).isTrue();
        assertThat(decision.message()).startsWith("A rule of the case refused this step: The application cannot be "
                + "rejected");
    }
}
