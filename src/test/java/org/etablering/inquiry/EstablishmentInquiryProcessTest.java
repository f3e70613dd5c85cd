package org.etablering.inquiry;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.etablering.support.ProcessEngineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs {@code bpmn/establishment-inquiry.bpmn} (with its routing decision and hand-off process) in the
 * in-memory engine, playing the workers and the people, and checks the exact path of every case.
 */
class EstablishmentInquiryProcessTest extends ProcessEngineTest {

    private static final String STATUS = "inquiry-status";

    private String inquiryId;

    @BeforeEach
    void newCase() {
        inquiryId = UUID.randomUUID().toString();
    }

    @Test
    void aCompleteInquiryIsHandedOffMetAnsweredFollowedUpAndClosed() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");

        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_TRIAGE");
        ActivatedJob triage = driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        assertThat(triage.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:formKey", "triage")
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"first-line\"]")
                .containsKey("io.camunda.zeebe:dueDate");
        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "HANDED_OFF");

        workHandOff("business", "We offer premises in the business park");

        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_COORDINATION");
        driver.completeUserTask("CoordinatedMeeting", Map.of("meetingSummary", "Met with business"));
        driver.completeUserTask("WriteResponse", Map.of("responseToCompany", "Welcome to the business park"));
        driver.complete("inquiry-response", Map.of());
        driver.complete("inquiry-follow-up", Map.of("followUpAt", driver.now().plus(Duration.ofDays(90)).toString()));
        assertThat(instance).isWaitingAtElements("FollowUpDue");

        driver.passTime(Duration.ofDays(91));
        driver.completeUserTask("FollowUp", Map.of("outcome", "ESTABLISHED"));
        ActivatedJob close = driver.complete("inquiry-close", Map.of());
        assertThat(close.getCustomHeaders()).doesNotContainKey("outcome");
        assertThat(close.getVariablesAsMap()).containsEntry("outcome", "ESTABLISHED");

        assertThat(instance)
                .hasPassedElementsInOrder("InquirySubmitted", "RecordReceipt", "Triage", "IsInquiryComplete",
                        "RouteInquiry", "StartHandOffs", "StartCoordination", "CoordinatedMeeting",
                        "WriteResponse", "SendResponse", "StartFollowUp", "FollowUpDue", "FollowUp", "CloseCase",
                        "InquiryClosed")
                .hasPassedElement("HandOffs", 2) // the multi-instance body and its one hand-off
                .hasNotPassedElement("RequestCompletion")
                .hasVariable("handoffResults")
                .isCompleted();
    }

    @Test
    void theRoutingDecisionStartsOneHandOffPerFunctionWithItsReasons() {
        InspectedProcessInstance instance = submit(List.of("LAND", "PERMITS", "FINANCING"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        driver.complete(STATUS, Map.of());

        List<ActivatedJob> handOffs = driver.activate("handoff-requested");
        List<String> functions = handOffs.stream()
                .map(job -> String.valueOf(((Map<?, ?>) job.getVariablesAsMap().get("handoff")).get("role"))).toList();
        assertThat(functions).containsExactlyInAnyOrder("business", "planning", "development");
        Map<?, ?> planning = handOffs.stream().map(job -> (Map<?, ?>) job.getVariablesAsMap().get("handoff"))
                .filter(handoff -> handoff.get("role").equals("planning")).findFirst().orElseThrow();
        assertThat(planning.get("reason")).isEqualTo("needs-land; needs-permits");
        assertThat(instance).isWaitingAtElements("HandOffs");
    }

    @Test
    void firstLineAddsAndRemovesFunctionsAtTriageWithAReason() {
        submit(List.of("LAND", "PERMITS", "FINANCING"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes", "routingRemove", List.of("development"),
                "routingAdd", List.of("business", "planning"), "routingReason", "Financing is handled by business"));
        driver.complete(STATUS, Map.of());

        List<String> handOffs = handOffsAsked();
        assertThat(handOffs).as("development removed; adding one the table proposed anyway keeps the table's reasons")
                .containsExactlyInAnyOrder("business: every-establishment",
                        "planning: needs-land; needs-permits");
    }

    @Test
    void aFunctionTheTableDidNotProposeIsAddedWithFirstLinesReason() {
        submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes", "routingAdd", List.of("planning"),
                "routingReason", "The premises need a change of use permit"));
        driver.complete(STATUS, Map.of());

        assertThat(handOffsAsked()).contains("planning: The premises need a change of use permit").hasSize(2);
    }

    @Test
    void anIncompleteInquiryWaitsForTheCompanyAndIsTriagedAgainWhenItAnswers() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "no", "missingInformation", "Site size"));
        driver.complete("inquiry-completion-request", completionTimes(5, 10));
        assertThat(instance).isWaitingAtElements("AwaitCompletion");

        driver.publish("inquiry-completed", inquiryId, Map.of());

        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_TRIAGE");
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        assertThat(instance)
                .hasPassedElementsInOrder("RequestCompletion", "AwaitCompletion", "CompletionReceived", "RouteInquiry")
                .hasPassedElement("RecordReceipt", 2)
                .hasPassedElement("Triage", 2)
                .hasNotPassedElement("SendReminder");
    }

    @Test
    void theCompanyIsRemindedAndMayStillAnswerAfterTheReminder() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "no", "missingInformation", "Site size"));
        driver.complete("inquiry-completion-request", completionTimes(5, 10));

        driver.passTime(Duration.ofDays(6));
        driver.complete("inquiry-completion-reminder", Map.of());
        assertThat(instance).isWaitingAtElements("AwaitCompletionAfterReminder");

        driver.publish("inquiry-completed", inquiryId, Map.of());
        driver.complete(STATUS, Map.of());

        assertThat(instance)
                .hasPassedElementsInOrder("RecordReceipt", "ReminderDue", "SendReminder", "CompletionReceivedAfterReminder",
                        "RecordReceipt")
                .hasNotPassedElement("AnswerDeadlinePassed")
                .isWaitingAtElements("Triage");
    }

    @Test
    void aCaseNobodyCompletesIsClosedAsWithdrawn() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "no", "missingInformation", "Site size"));
        driver.complete("inquiry-completion-request", completionTimes(5, 10));

        driver.passTime(Duration.ofDays(6));
        driver.complete("inquiry-completion-reminder", Map.of());
        driver.passTime(Duration.ofDays(6));
        assertThat(driver.complete("inquiry-close", Map.of()).getCustomHeaders()).containsEntry("outcome", "WITHDRAWN");

        assertThat(instance)
                .hasPassedElementsInOrder("RequestCompletion", "ReminderDue", "SendReminder", "AnswerDeadlinePassed",
                        "CloseAsWithdrawn", "InquiryWithdrawn")
                .hasNotPassedElement("CompletionReceived")
                .hasNotPassedElement("RouteInquiry")
                .isCompleted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ESTABLISHED", "WITHDRAWN", "DECLINED", "ESTABLISHED_ELSEWHERE"})
    void everyOutcomeClosesTheCase(String outcome) {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        driver.complete(STATUS, Map.of());
        workHandOff("business", "Premises offered");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("CoordinatedMeeting", Map.of());
        driver.completeUserTask("WriteResponse", Map.of());
        driver.complete("inquiry-response", Map.of());
        driver.complete("inquiry-follow-up", Map.of("followUpAt", driver.now().plus(Duration.ofDays(30)).toString()));
        driver.passTime(Duration.ofDays(31));
        driver.completeUserTask("FollowUp", Map.of("outcome", outcome));

        assertThat(driver.complete("inquiry-close", Map.of()).getVariablesAsMap()).containsEntry("outcome", outcome);
        assertThat(instance).hasPassedElement("InquiryClosed").isCompleted();
    }

    @Test
    void theSameSubmissionPublishedTwiceStartsOneProcess() {
        String messageId = UUID.randomUUID().toString();
        publishSubmission(messageId, List.of("PREMISES"), "NEW");

        assertThatThrownBy(() -> publishSubmission(messageId, List.of("PREMISES"), "NEW"))
                .isInstanceOf(ClientStatusException.class)
                .hasMessageContaining("already");

        assertThat(driver.activate(STATUS)).hasSize(1);
    }

    @Test
    void aSentBackHandOffIsRoutedAgainByFirstLineToAnotherFunction() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        driver.complete(STATUS, Map.of());

        sendBackHandOff("business", "Not ours: the company needs a building permit");
        ActivatedJob reroute = driver.completeUserTask("RerouteHandOff", Map.of("rerouteFunctions", List.of("planning"),
                "rerouteReason", "Sent back by business: it is a permit question"));
        assertThat(reroute.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"first-line\"]")
                .containsEntry("io.camunda.zeebe:formKey", "reroute-handoff");
        ActivatedJob requested = driver.activate("handoff-requested").getFirst();
        @SuppressWarnings("unchecked")
        Map<String, Object> handoff = (Map<String, Object>) requested.getVariablesAsMap().get("handoff");
        assertThat(handoff).containsEntry("role", "planning")
                .containsEntry("reason", "Sent back by business: it is a permit question");
        workHandOff("planning", "A building permit is needed");

        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_COORDINATION");
        assertThat(instance)
                .hasPassedElementsInOrder("WasHandOffSentBack", "RerouteHandOff", "RouteAgain", "WasHandOffSentBack",
                        "StartCoordination")
                .isWaitingAtElements("CoordinatedMeeting");
    }

    @Test
    void whenFirstLineChoosesNoOtherFunctionTheCaseGoesOnToTheMeeting() {
        InspectedProcessInstance instance = submit(List.of("PREMISES"), "NEW");
        driver.complete(STATUS, Map.of());
        driver.completeUserTask("Triage", Map.of("inquiryComplete", "yes"));
        driver.complete(STATUS, Map.of());

        sendBackHandOff("business", "Nothing for us");
        driver.completeUserTask("RerouteHandOff", Map.of("rerouteReason", "The meeting will settle it"));

        assertThat(driver.complete(STATUS, Map.of()).getCustomHeaders()).containsEntry("status", "IN_COORDINATION");
        assertThat(instance).hasPassedElement("HandOffs", 2).isWaitingAtElements("CoordinatedMeeting");
    }

    private List<String> handOffsAsked() {
        return driver.activate("handoff-requested").stream()
                .map(job -> (Map<?, ?>) job.getVariablesAsMap().get("handoff"))
                .map(handoff -> handoff.get("role") + ": " + handoff.get("reason")).toList();
    }

    private void sendBackHandOff(String function, String reason) {
        ActivatedJob requested = driver.complete("handoff-requested",
                Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString(), "handoffId", UUID.randomUUID().toString()));
        assertThat(((Map<?, ?>) requested.getVariablesAsMap().get("handoff")).get("role")).isEqualTo(function);
        driver.completeUserTask("AcceptHandOff", Map.of("acceptHandOff", false, "sendBackReason", reason));
        driver.complete("handoff-sent-back", Map.of("handoffSentBack", true,
                "handoffResult", Map.of("role", function, "sentBack", true, "reason", reason)));
    }

    /** Takes one hand-off through request, acceptance and result. */
    private void workHandOff(String function, String summary) {
        ActivatedJob requested = driver.complete("handoff-requested",
                Map.of("acceptanceDue", driver.now().plus(Duration.ofDays(2)).toString(), "handoffId", UUID.randomUUID().toString()));
        assertThat(((Map<?, ?>) requested.getVariablesAsMap().get("handoff")).get("role")).isEqualTo(function);
        ActivatedJob accept = driver.completeUserTask("AcceptHandOff", Map.of("acceptHandOff", true));
        assertThat(accept.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"" + function + "\"]");
        driver.complete("handoff-accepted", Map.of());
        driver.completeUserTask("WorkHandOff", Map.of("summary", summary, "followUp", "NONE"));
        driver.complete("handoff-completed", Map.of("handoffResult", Map.of("function", function, "summary", summary)));
    }

    private static Map<String, Object> completionTimes(int reminderDays, int deadlineDays) {
        return Map.of("completionReminderAt", driver.now().plus(Duration.ofDays(reminderDays)).toString(),
                "completionDeadline", driver.now().plus(Duration.ofDays(deadlineDays)).toString());
    }

    private InspectedProcessInstance submit(List<String> needs, String type) {
        publishSubmission(UUID.randomUUID().toString(), needs, type);
        return InspectionUtility.findProcessInstances().withBpmnProcessId("establishment-inquiry")
                .findLastProcessInstance().orElseThrow();
    }

    private void publishSubmission(String messageId, List<String> needs, String type) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("inquiryId", inquiryId);
        variables.put("caseNumber", "ETB-2026-000001");
        variables.put("municipality", "ostersund");
        variables.put("firstContactDue", driver.now().plus(Duration.ofDays(2)).toString());
        variables.put("needs", needs);
        variables.put("establishmentType", type);
        variables.put("landAreaSqm", null);
        variables.put("powerDemandMw", null);
        client.newPublishMessageCommand().messageName("inquiry-submitted").correlationKey(inquiryId)
                .messageId(messageId).timeToLive(Duration.ofHours(1)).variables(variables).send().join();
        driver.idle();
    }
}
