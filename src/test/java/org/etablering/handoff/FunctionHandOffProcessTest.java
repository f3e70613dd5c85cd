package org.etablering.handoff;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.etablering.support.ProcessDriver;
import org.etablering.support.ProcessEngineTest;
import org.junit.jupiter.api.Test;

/** {@code bpmn/function-handoff.bpmn} on its own: accepted in time, and escalated when it is not. */
class FunctionHandOffProcessTest extends ProcessEngineTest {


    @Test
    void aHandOffAcceptedInTimeIsWorkedAndReturnsItsResult() {
        InspectedProcessInstance handOff = start("planning");
        driver.complete("handoff-requested", Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString()));

        ActivatedJob accept = driver.completeUserTask("AcceptHandOff", Map.of("acceptHandOff", true));
        assertThat(accept.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"planning\"]")
                .containsEntry("io.camunda.zeebe:formKey", "accept-handoff")
                .containsKey("io.camunda.zeebe:dueDate");
        driver.complete("handoff-accepted", Map.of());
        driver.completeUserTask("WorkHandOff", Map.of("summary", "Zoning allows industry", "followUp", "PERMIT_REVIEW"));
        driver.complete("handoff-completed", Map.of("handoffResult", Map.of("role", "planning")));

        assertThat(handOff)
                .hasPassedElementsInOrder("HandOffRequested", "RecordHandOff", "AcceptHandOff", "RecordAcceptance",
                        "HandOffAccepted", "AwaitAcceptance", "WorkHandOff", "RecordResult", "ResultReturned")
                .hasNotPassedElement("RecordEscalation")
                .isCompleted();
    }

    @Test
    void aFunctionSendsBackAHandOffThatIsNotItsAndItEndsWithoutBeingWorked() {
        InspectedProcessInstance handOff = start("development");
        driver.complete("handoff-requested", Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString()));

        driver.completeUserTask("AcceptHandOff", Map.of("acceptHandOff", false,
                "sendBackReason", "No development question here; this is about land"));
        ActivatedJob recorded = driver.complete("handoff-sent-back", Map.of("handoffSentBack", true,
                "handoffResult", Map.of("role", "development", "sentBack", true)));
        assertThat(recorded.getVariablesAsMap())
                .containsEntry("sendBackReason", "No development question here; this is about land");

        assertThat(handOff)
                .hasPassedElementsInOrder("AcceptHandOff", "TakenOrSentBack", "RecordSendBack", "HandOffSentBackInside",
                        "AwaitAcceptance", "WasSentBack", "ReturnedToFirstLine")
                .hasNotPassedElement("RecordAcceptance")
                .hasNotPassedElement("WorkHandOff")
                .isCompleted();
    }

    @Test
    void aLateHandOffEscalatesToAManagerAndStaysOpenUntilAccepted() {
        InspectedProcessInstance handOff = start("business");
        driver.complete("handoff-requested", Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString()));

        driver.passTime(Duration.ofDays(3));
        driver.complete("handoff-escalated", Map.of());
        ActivatedJob managerTask = driver.activate(ProcessDriver.USER_TASK).stream()
                .filter(job -> job.getElementId().equals("FollowUpLateHandOff")).findFirst().orElseThrow();
        assertThat(managerTask.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"manager\"]");
        assertThat(handOff).isWaitingAtElements("AcceptHandOff", "FollowUpLateHandOff");

        driver.completeUserTask("AcceptHandOff", Map.of("acceptHandOff", true));
        driver.complete("handoff-accepted", Map.of());

        assertThat(handOff)
                .hasPassedElementsInOrder("AcceptanceLate", "RecordEscalation", "AcceptHandOff", "RecordAcceptance",
                        "HandOffAccepted")
                .hasNotPassedElement("EscalationHandled")
                .isWaitingAtElements("WorkHandOff");
        // the manager's follow-up is no longer needed: its job is gone, which the task inbox detects
        ClientStatusException gone = org.junit.jupiter.api.Assertions.assertThrows(ClientStatusException.class,
                () -> client.newUpdateTimeoutCommand(managerTask.getKey()).timeout(Duration.ofMinutes(5)).send().join());
        assertThat(gone.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aManagerMayFinishTheFollowUpWhileTheHandOffStillWaits() {
        InspectedProcessInstance handOff = start("development");
        driver.complete("handoff-requested", Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString()));
        driver.passTime(Duration.ofDays(3));
        driver.complete("handoff-escalated", Map.of());

        driver.completeUserTask("FollowUpLateHandOff", Map.of("actionTaken", "Reassigned to a colleague"));

        assertThat(handOff).hasPassedElement("EscalationHandled").isWaitingAtElements("AcceptHandOff");
    }

    private InspectedProcessInstance start(String role) {
        client.newCreateInstanceCommand().bpmnProcessId("function-handoff").latestVersion()
                .variables(Map.of("handoff", Map.of("role", role, "reason", "Routing"), "inquiryId", "i-1",
                        "caseNumber", "ETB-2026-000001", "municipality", "ostersund"))
                .send().join();
        driver.idle();
        return InspectionUtility.findProcessInstances().withBpmnProcessId("function-handoff")
                .findLastProcessInstance().orElseThrow();
    }
}
