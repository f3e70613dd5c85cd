package org.etablering.workflow;

import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.etablering.problem.PassingFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a worker's failure does to its job. A passing fault (the database or the engine away for a while, a lock
 * conflict) is tried again with growing pauses and never uses up the job's retries, so it never becomes an
 * incident. Anything else — a rule of the case refused the step, or a bug — becomes an incident at once with a
 * message that says so; trying the same step again would only fail again. BPMN errors pass through as modelled.
 */
@Component
public class WorkerFailures implements JobExceptionHandlingStrategy {

    private static final Logger log = LoggerFactory.getLogger(WorkerFailures.class);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final int REMEMBERED_JOBS = 10_000;

    /** What to tell the engine: try again after {@code backoff} with {@code retries} left, or raise an incident. */
    public record Decision(int retries, Duration backoff, String message) {
        boolean incident() {
            return retries == 0;
        }
    }

    private final JobExceptionHandlingStrategy standard;
    private final Map<Long, Integer> passingFaults = new ConcurrentHashMap<>();

    WorkerFailures(CommandExceptionHandlingStrategy commands, MetricsRecorder metrics) {
        this.standard = new DefaultJobExceptionHandlingStrategy(commands, metrics);
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) throws Exception {
        if (exception instanceof CamundaError) {
            standard.handleException(exception, context);
            return;
        }
        Decision decision = decide(exception, context.job());
        standard.handleException(CamundaError.jobError(decision.message(), null, decision.retries(),
                decision.backoff(), exception), context);
    }

    /** For workers opened by hand rather than by annotation. */
    public void fail(JobClient client, ActivatedJob job, Exception exception) {
        Decision decision = decide(exception, job);
        client.newFailCommand(job).retries(decision.retries()).retryBackoff(decision.backoff())
                .errorMessage(decision.message()).send();
    }

    Decision decide(Exception exception, ActivatedJob job) {
        if (isPassing(exception)) {
            if (passingFaults.size() > REMEMBERED_JOBS) {
                passingFaults.clear();
            }
            int attempt = passingFaults.merge(job.getKey(), 1, Integer::sum);
            log.warn("Job {} ({}) met a passing fault, attempt {}; trying again: {}", job.getKey(), job.getType(),
                    attempt, exception.getMessage());
            return new Decision(Math.max(1, job.getRetries()), backoff(attempt),
                    shorten("Passing fault, will be tried again: " + exception.getMessage()));
        }
        passingFaults.remove(job.getKey());
        log.error("Job {} ({}) of process instance {} refused; raising an incident", job.getKey(), job.getType(),
                job.getProcessInstanceKey(), exception);
        String kind = exception instanceof IllegalStateException || exception instanceof IllegalArgumentException
                ? "A rule of the case refused this step: " : "Unexpected error in the step: ";
        return new Decision(0, Duration.ZERO, shorten(kind + exception.getMessage()
                + " — correct the cause, then resolve the incident (see the README, \"Incidents\")."));
    }

    /** 1, 2, 4 … seconds, at most a minute, so that a database back after a minute is noticed within one. */
    static Duration backoff(int attempt) {
        Duration pause = Duration.ofSeconds(1L << Math.min(attempt - 1, 6));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** Whether the fault passes by itself: the database or the engine unreachable, a lock or a time-out. */
    public static boolean isPassing(Throwable error) {
        if (PassingFault.isDatabaseFault(error)) {
            return true;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ClientException && EngineAnswer.isUnavailable(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
