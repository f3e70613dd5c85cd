package org.etablering.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Plays the part of the application's workers and people against the in-memory engine. */
public final class ProcessDriver {

    public static final String USER_TASK = "io.camunda.zeebe:userTask";

    private final ZeebeClient client;
    private final ZeebeTestEngine engine;
    private Duration moved = Duration.ZERO;

    public ProcessDriver(ZeebeClient client, ZeebeTestEngine engine) {
        this.client = client;
        this.engine = engine;
    }

    public void deployModels() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("bpmn/establishment-inquiry.bpmn")
                .addResourceFromClasspath("bpmn/function-handoff.bpmn")
                .addResourceFromClasspath("bpmn/inquiry-routing.dmn")
                .addResourceFromClasspath("bpmn/permit-review.bpmn")
                .addResourceFromClasspath("bpmn/land-allocation.bpmn")
                .send().join();
    }

    /** Activates exactly one open job of the type, completes it with the variables and returns it. */
    public ActivatedJob complete(String type, Map<String, Object> variables) {
        ActivatedJob job = single(type, any -> true);
        finish(job, variables);
        return job;
    }

    /** Completes the one open user task with this element id. */
    public ActivatedJob completeUserTask(String elementId, Map<String, Object> variables) {
        ActivatedJob job = single(USER_TASK, candidate -> candidate.getElementId().equals(elementId));
        finish(job, variables);
        return job;
    }

    /** The open jobs of a type; they are handed back at once, so they can be activated again. */
    public List<ActivatedJob> activate(String type) {
        idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(50)
                .send().join().getJobs();
        jobs.forEach(this::release);
        idle();
        return jobs;
    }

    private void release(ActivatedJob job) {
        client.newFailCommand(job.getKey()).retries(job.getRetries()).errorMessage("handed back by the test")
                .send().join();
    }

    public void publish(String message, String correlationKey, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(message).correlationKey(correlationKey)
                .variables(variables).send().join();
        idle();
    }

    /** The engine's time: ahead of the wall clock by as much as the tests of this engine moved it. */
    public Instant now() {
        return Instant.now().plus(moved);
    }

    public void passTime(Duration duration) {
        moved = moved.plus(duration);
        engine.increaseTime(duration);
        idle();
    }

    public void idle() {
        try {
            engine.waitForIdleState(Duration.ofSeconds(5));
            // timers and message correlation may take the engine one more round
            Thread.sleep(50);
            engine.waitForIdleState(Duration.ofSeconds(5));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Activates the one job wanted and hands the others back untouched. */
    private ActivatedJob single(String type, Predicate<ActivatedJob> which) {
        idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(50)
                .send().join().getJobs();
        jobs.stream().filter(which.negate()).forEach(this::release);
        List<ActivatedJob> wanted = jobs.stream().filter(which).toList();
        wanted.stream().skip(1).forEach(this::release);
        assertThat(wanted).as("open jobs of type %s", type).hasSize(1);
        return wanted.get(0);
    }

    private void finish(ActivatedJob job, Map<String, Object> variables) {
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        idle();
    }
}
