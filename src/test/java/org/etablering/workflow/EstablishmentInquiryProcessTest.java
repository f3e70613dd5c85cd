package org.etablering.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@code bpmn/establishment-inquiry.bpmn} in the in-memory engine and checks the exact path taken. */
@ZeebeProcessTest
class EstablishmentInquiryProcessTest {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final String STATUS = "inquiry-status";

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private String inquiryId;

    @BeforeEach
    void deploy() {
        client.newDeployResourceCommand().addResourceFromClasspath("bpmn/establishment-inquiry.bpmn").send().join();
        inquiryId = UUID.randomUUID().toString();
    }

    @Test
    void aCompleteInquiryGoesFromTriageToMeetingToClosure() throws Exception {
        InspectedProcessInstance instance = submit();

        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_TRIAGE");
        ActivatedJob triage = completeJob(USER_TASK, Map.of("inquiryComplete", "yes"));
        assertThat(triage.getElementId()).isEqualTo("Triage");
        assertThat(triage.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "triage")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"first-line\"]")
                .containsKey("io.camunda.zeebe:dueDate");
        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_COORDINATION");
        ActivatedJob meeting = completeJob(USER_TASK, Map.of());
        assertThat(meeting.getElementId()).isEqualTo("CoordinatedMeeting");
        assertThat(meeting.getCustomHeaders()).containsEntry("io.camunda.zeebe:formKey", "coordinated-meeting");
        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "CLOSED");

        assertThat(instance)
                .hasPassedElementsInOrder("InquirySubmitted", "RecordReceipt", "Triage", "IsInquiryComplete",
                        "StartCoordination", "CoordinatedMeeting", "CloseCase", "InquiryClosed")
                .hasNotPassedElement("RequestCompletion")
                .isCompleted();
    }

    @Test
    void anIncompleteInquiryWaitsForTheCompanyAndIsTriagedAgain() throws Exception {
        InspectedProcessInstance instance = submit();
        completeJob(STATUS, Map.of());
        completeJob(USER_TASK, Map.of("inquiryComplete", "no", "missingInformation", "Site size and power need"));
        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "AWAITING_COMPLETION");
        idle();
        assertThat(instance).isWaitingAtElements("CompletionReceived");

        client.newPublishMessageCommand().messageName("inquiry-completed").correlationKey(inquiryId)
                .variables(Map.of("landAreaSqm", 20000)).send().join();
        idle();

        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_TRIAGE");
        assertThat(completeJob(USER_TASK, Map.of("inquiryComplete", "yes")).getElementId()).isEqualTo("Triage");
        assertThat(completeJob(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_COORDINATION");
        assertThat(instance)
                .hasPassedElementsInOrder("RequestCompletion", "CompletionReceived", "StartCoordination")
                .hasPassedElement("RecordReceipt", 2)
                .hasPassedElement("Triage", 2)
                .isWaitingAtElements("CoordinatedMeeting");
    }

    @Test
    void aCompletionForAnotherCaseDoesNotWakeThisOne() throws Exception {
        InspectedProcessInstance instance = submit();
        completeJob(STATUS, Map.of());
        completeJob(USER_TASK, Map.of("inquiryComplete", "no"));
        completeJob(STATUS, Map.of());

        client.newPublishMessageCommand().messageName("inquiry-completed").correlationKey(UUID.randomUUID().toString())
                .send().join();
        idle();

        assertThat(instance).isWaitingAtElements("CompletionReceived").hasNotPassedElement("CompletionReceived");
    }

    @Test
    void theSameSubmissionPublishedTwiceStartsOneProcess() throws Exception {
        String messageId = UUID.randomUUID().toString();
        publishSubmission(messageId);

        assertThatThrownBy(() -> publishSubmission(messageId))
                .isInstanceOf(ClientStatusException.class)
                .hasMessageContaining("already");
        idle();

        assertThat(InspectionUtility.findProcessInstances().findLastProcessInstance()).isPresent();
        List<ActivatedJob> receipts = client.newActivateJobsCommand().jobType(STATUS).maxJobsToActivate(10)
                .send().join().getJobs();
        assertThat(receipts).hasSize(1);
    }

    private InspectedProcessInstance submit() throws Exception {
        publishSubmission(UUID.randomUUID().toString());
        idle();
        return InspectionUtility.findProcessInstances().findLastProcessInstance().orElseThrow();
    }

    private void publishSubmission(String messageId) {
        client.newPublishMessageCommand()
                .messageName("inquiry-submitted")
                .correlationKey(inquiryId)
                .messageId(messageId)
                .timeToLive(Duration.ofHours(1))
                .variables(Map.of("inquiryId", inquiryId, "caseNumber", "ETB-2026-000001",
                        "municipality", "ostersund", "firstContactDue", "2026-11-27T22:59:59Z"))
                .send().join();
    }

    /** Activates exactly one job of the type, completes it with the variables and returns it. */
    private ActivatedJob completeJob(String type, Map<String, Object> variables) throws Exception {
        idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(2).send().join().getJobs();
        assertThat(jobs).as("open jobs of type %s", type).hasSize(1);
        ActivatedJob job = jobs.get(0);
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        idle();
        return job;
    }

    private void idle() throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
    }
}
