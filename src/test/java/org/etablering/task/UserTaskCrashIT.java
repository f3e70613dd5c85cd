package org.etablering.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.etablering.support.Eventually;
import org.etablering.support.FullStackSupport;
import org.etablering.support.FullStackTest;
import org.etablering.support.Inbox;
import org.etablering.support.Inquiries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * An instance dies between receiving a user task from the engine and filing it in the inbox. The engine
 * had locked the job to that instance; when the lock runs out it hands the job out again, and a living
 * instance files it. Locks are minutes in production; the test run uses seconds.
 */
@FullStackTest
class UserTaskCrashIT extends FullStackSupport {

    @Autowired
    private UserTaskWorker inbox;
    @Autowired
    private CamundaClient camunda;
    @Autowired
    private org.etablering.task.persistence.TaskRepository tasks;
    @Value("${etablering.tasks.job-lock}")
    private Duration jobLock;

    @AfterEach
    void inboxBackOn() {
        inbox.start();
    }

    @Test
    void aTaskWhoseJobReachedAnInstanceThatDiedBeforeFilingItIsFiledOnceTheLockRunsOut() throws InterruptedException {
        inbox.stop();
        JsonNode created = api.post("/api/v1/inquiries", tokens.of("applicant"), Inquiries.norrsken()).body();
        String caseNumber = created.get("caseNumber").asText();

        // the instance about to die receives the job with the application's lock, then dies before filing it
        ActivatedJob received = Eventually.await("the triage job", Duration.ofSeconds(30),
                () -> activateTheJobOf(caseNumber));
        Instant died = Instant.now();
        inbox.start();

        Inbox officials = new Inbox(api);
        String firstLine = tokens.of("firstline");
        Thread.sleep(2000);
        assertThat(officials.find(firstLine, caseNumber, "Triage the inquiry"))
                .as("the job is locked to the instance that died").isEmpty();

        JsonNode task = Eventually.await("the triage task in the inbox", jobLock.plusSeconds(30),
                () -> officials.find(firstLine, caseNumber, "Triage the inquiry"));
        Duration invisible = Duration.between(died, Instant.now());
        assertThat(invisible).as("the task was out of sight only until the lock ran out")
                .isBetween(jobLock.minusSeconds(3), jobLock.plusSeconds(15));
        assertThat(officials.tasks(firstLine, "?caseNumber=" + caseNumber)).as("filed once").hasSize(1);
        assertThat(tasks.findById(java.util.UUID.fromString(task.get("id").asText())).orElseThrow().getJobKey())
                .as("the same job, handed out again").isEqualTo(received.getKey());
    }

    /** Activates open user-task jobs as another instance would; hands back those of other cases at once. */
    private Optional<ActivatedJob> activateTheJobOf(String caseNumber) {
        List<ActivatedJob> jobs = camunda.newActivateJobsCommand().jobType(UserTaskWorker.JOB_TYPE)
                .maxJobsToActivate(20).timeout(jobLock).workerName("instance-that-dies")
                .fetchVariables("caseNumber").send().join().getJobs();
        Optional<ActivatedJob> ours = jobs.stream()
                .filter(job -> caseNumber.equals(job.getVariablesAsMap().get("caseNumber"))).findFirst();
        jobs.stream().filter(job -> ours.isEmpty() || job.getKey() != ours.get().getKey())
                .forEach(job -> camunda.newFailCommand(job).retries(job.getRetries())
                        .errorMessage("handed back by the test").send().join());
        return ours;
    }
}
