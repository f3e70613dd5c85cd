package org.etablering.permit;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.etablering.support.ProcessDriver;
import org.etablering.support.ProcessEngineTest;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/permit-review.bpmn}, path by path, with the test playing the workers and the officials.
 * Where a path would lead to a rejection, the test also tries to get there without the three steps.
 */
class PermitReviewProcessTest extends ProcessEngineTest {

    /** A case of its own for each test, so that no message of an earlier test reaches it. */
    private final String PERMIT = java.util.UUID.randomUUID().toString();


    @Test
    void aYesGoesStraightToTheDecision() {
        InspectedProcessInstance permit = start();
        assess("APPROVE", false);
        decide("APPROVED");

        assertThat(permit)
                .hasPassedElementsInOrder("ApplicationReceived", "ReviewAndWatch", "StartCompletenessCheck",
                        "CheckCompleteness", "IsApplicationComplete", "StartAssessment", "Assess", "RecordProposal",
                        "IsProposalNo", "PrepareDecision", "WriteDecision", "IssueDecision", "PermitDecided")
                .hasNotPassedElement("StartExploringYes")
                .hasNotPassedElement("CommunicateDraft")
                .hasNotPassedElement("SecondReview")
                .isCompleted();
    }

    @Test
    void anIncompleteApplicationWaitsForTheApplicantAndIsCheckedAgain() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("CheckCompleteness", Map.of("applicationComplete", "no", "missingInformation", "Drawings"));
        driver.complete("permit-completion-request", Map.of("completionDeadline", in(Duration.ofDays(21))));
        assertThat(permit).isWaitingAtElements("AwaitCompletion");

        driver.publish("permit-completed", PERMIT, Map.of());
        driver.complete("permit-step", Map.of());

        assertThat(permit)
                .hasPassedElementsInOrder("StartCompletenessCheck", "CheckCompleteness", "RequestCompletion",
                        "AwaitCompletion", "CompletionReceived", "StartCompletenessCheck")
                .isWaitingAtElements("CheckCompleteness")
                .hasNotPassedElement("DismissApplication");
    }

    @Test
    void anApplicationNeverCompletedIsDismissed() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("CheckCompleteness", Map.of("applicationComplete", "no", "missingInformation", "Drawings"));
        driver.complete("permit-completion-request", Map.of("completionDeadline", in(Duration.ofDays(21))));

        pass(Duration.ofDays(22));
        driver.complete("permit-dismissal", Map.of());

        assertThat(permit)
                .hasPassedElementsInOrder("RequestCompletion", "NoCompletionInTime", "DismissApplication",
                        "ApplicationDismissed")
                .hasNotPassedElement("Assess")
                .isCompleted();
    }

    @Test
    void aProposedNoThatFindsAWayToYesGoesToApproval() {
        InspectedProcessInstance permit = start();
        assess("REJECT", true);
        driver.complete("permit-step", Map.of());
        explore(true);
        decide("APPROVED_WITH_CONDITIONS");

        assertThat(permit)
                .hasPassedElementsInOrder("RecordProposal", "IsProposalNo", "StartExploringYes", "ExploreYes",
                        "RecordAlternative", "DidAnAlternativeWork", "PrepareDecision", "WriteDecision", "PermitDecided")
                .hasNotPassedElement("CommunicateDraft")
                .hasNotPassedElement("SecondReview")
                .isCompleted();
    }

    @Test
    void aRejectionPassesExploringCommunicationAndASecondReviewInThatOrder() {
        InspectedProcessInstance permit = start();
        assess("REJECT", true);
        driver.complete("permit-step", Map.of());
        explore(false);
        driver.complete("permit-communication", Map.of("replyDue", in(Duration.ofDays(14))));
        assertThat(permit).isWaitingAtElements("AwaitReply");

        pass(Duration.ofDays(15));
        considerReply(false);
        driver.complete("permit-step", Map.of());
        ActivatedJob review = driver.completeUserTask("SecondReview",
                Map.of("reviewVerdict", "AGREE", "reviewComment", "The plan does not allow it"));
        assertThat(review.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"manager\"]");
        driver.complete("permit-review", Map.of("reviewerAgrees", true));
        decide("REJECTED");

        assertThat(permit)
                .hasPassedElementsInOrder("Assess", "RecordProposal", "StartExploringYes", "ExploreYes",
                        "RecordAlternative", "CommunicateDraft", "AwaitReply", "ReplyTimeOver", "ConsiderReply",
                        "RecordConsideration", "DoesReplyChangeAssessment", "StartSecondReview",
                        "SecondReview", "RecordReview", "DoesTheReviewerAgree", "PrepareDecision", "WriteDecision",
                        "IssueDecision", "PermitDecided")
                .isCompleted();
    }

    @Test
    void aReplyThatChangesTheAssessmentSendsTheApplicationBackToAssessment() {
        InspectedProcessInstance permit = start();
        assess("REJECT", true);
        driver.complete("permit-step", Map.of());
        explore(false);
        driver.complete("permit-communication", Map.of("replyDue", in(Duration.ofDays(14))));

        driver.publish("permit-replied", PERMIT, Map.of());
        considerReply(true);
        driver.complete("permit-step", Map.of());

        assertThat(permit)
                .hasPassedElementsInOrder("StartAssessment", "CommunicateDraft", "ReplyReceived", "ConsiderReply",
                        "RecordConsideration", "DoesReplyChangeAssessment", "StartAssessment")
                .isWaitingAtElements("Assess")
                .hasNotPassedElement("SecondReview")
                .hasNotPassedElement("PrepareDecision");
    }

    @Test
    void nothingToAddReachesTheManagersSecondReviewTheSameDay() {
        InspectedProcessInstance permit = start();
        assess("REJECT", true);
        driver.complete("permit-step", Map.of());
        explore(false);
        driver.complete("permit-communication", Map.of("replyDue", in(Duration.ofDays(14))));

        driver.publish("permit-replied", PERMIT, Map.of());
        ActivatedJob consider = considerReply(false);
        assertThat(consider.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"planning\"]")
                .containsEntry("io.camunda.zeebe:formKey", "permit-consider-reply");
        driver.complete("permit-step", Map.of());

        assertThat(permit).as("without waiting for the reply time")
                .hasPassedElementsInOrder("ReplyReceived", "ConsiderReply", "DoesReplyChangeAssessment", "StartSecondReview")
                .hasNotPassedElement("ReplyTimeOver")
                .isWaitingAtElements("SecondReview");
    }

    /** The case officer considers the reply (or its absence); the worker records whether the assessment changed. */
    private ActivatedJob considerReply(boolean changes) {
        ActivatedJob task = driver.completeUserTask("ConsiderReply", Map.of("replyChangesAssessment", changes ? "yes" : "no",
                "considerationNote", changes ? "The lower building fits the plan" : "Nothing new"));
        driver.complete("permit-reply-considered", Map.of("assessmentChanged", changes));
        return task;
    }

    @Test
    void aReviewerWhoDisagreesSendsTheApplicationBackToAssessment() {
        InspectedProcessInstance permit = start();
        assess("REJECT", true);
        driver.complete("permit-step", Map.of());
        explore(false);
        driver.complete("permit-communication", Map.of("replyDue", in(Duration.ofDays(14))));
        pass(Duration.ofDays(15));
        considerReply(false);
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("SecondReview", Map.of("reviewVerdict", "SEND_BACK", "reviewComment", "Try phasing"));
        driver.complete("permit-review", Map.of("reviewerAgrees", false));
        driver.complete("permit-step", Map.of());

        assertThat(permit)
                .hasPassedElementsInOrder("StartAssessment", "SecondReview", "RecordReview", "DoesTheReviewerAgree",
                        "StartAssessment")
                .isWaitingAtElements("Assess")
                .hasNotPassedElement("PrepareDecision");
    }

    @Test
    void noVariableSetByAPersonLetsAProposedNoSkipAStep() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("CheckCompleteness", Map.of("applicationComplete", "yes"));
        driver.complete("permit-step", Map.of());
        // what a person might try to smuggle in with the assessment; the gateways read what the workers record
        driver.completeUserTask("Assess", Map.of("proposedOutcome", "REJECT", "proposalReasoning", "Against the plan",
                "wayToYesFound", true, "reviewerAgrees", true, "decisionOutcome", "REJECTED"));
        driver.complete("permit-proposal", Map.of("proposalIsNo", true));
        driver.complete("permit-step", Map.of());
        assertThat(permit).isWaitingAtElements("ExploreYes").hasNotPassedElement("PrepareDecision");
        assertThat(driver.activate(ProcessDriver.USER_TASK)).extracting(ActivatedJob::getElementId)
                .as("no decision task is open").doesNotContain("WriteDecision", "SecondReview");

        explore(false);
        driver.complete("permit-communication", Map.of("replyDue", in(Duration.ofDays(14))));
        assertThat(driver.activate(ProcessDriver.USER_TASK)).extracting(ActivatedJob::getElementId)
                .as("while the applicant may reply, nobody can review or decide").doesNotContain("WriteDecision",
                        "SecondReview");
        assertThat(permit).isWaitingAtElements("AwaitReply");
    }

    @Test
    void theDeadlineWatchFollowsTheRecomputedDateWarnsAndEscalates() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-deadline", deadline(Duration.ofDays(5), Duration.ofDays(10), false));
        assertThat(permit).isWaitingAtElements("WatchBeforeWarning");

        // an extension: the watch reads the new date and sets its timers from it
        driver.publish("permit-deadline-changed", PERMIT, Map.of());
        driver.complete("permit-deadline", deadline(Duration.ofDays(20), Duration.ofDays(25), false));
        pass(Duration.ofDays(11));
        assertThat(driver.activate("permit-deadline-missed")).as("the old due date no longer counts").isEmpty();
        assertThat(driver.activate("permit-deadline-warning")).isEmpty();

        pass(Duration.ofDays(10));
        driver.complete("permit-deadline-warning", Map.of());
        driver.complete("permit-deadline", deadline(Duration.ofDays(-1), Duration.ofDays(4), true));
        assertThat(permit).isWaitingAtElements("WatchAfterWarning");

        pass(Duration.ofDays(5));
        driver.complete("permit-deadline-missed", Map.of());
        ActivatedJob escalation = driver.completeUserTask("HandleMissedDeadline", Map.of("actionTaken", "Decided today"));
        assertThat(escalation.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"manager\"]");

        assertThat(permit)
                .hasPassedElementsInOrder("ReadDeadline", "WatchBeforeWarning", "DeadlineChanged", "ReadDeadline",
                        "WatchBeforeWarning", "WarningDue", "WarnOfDeadline", "ReadDeadline", "WatchAfterWarning",
                        "DeadlinePassedAfterWarning", "RecordMissedDeadline", "HandleMissedDeadline",
                        "DeadlineWatchEnded")
                .hasNotPassedElement("DeadlinePassed")
                .isWaitingAtElements("StartCompletenessCheck")
                .isActive();
    }

    @Test
    void aPausedDeadlineSetsNoTimersUntilItRunsAgain() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-deadline", Map.of("deadlineRunning", false));
        assertThat(permit).isWaitingAtElements("DeadlineChangedWhilePaused");

        pass(Duration.ofDays(400));
        assertThat(driver.activate("permit-deadline-missed")).isEmpty();

        driver.publish("permit-deadline-changed", PERMIT, Map.of());
        driver.complete("permit-deadline", deadline(Duration.ofDays(5), Duration.ofDays(10), false));
        assertThat(permit).isWaitingAtElements("WatchBeforeWarning");
    }

    @Test
    void aRequestForADecisionIsAnsweredWhileTheReviewGoesOn() {
        InspectedProcessInstance permit = start();
        driver.complete("permit-step", Map.of());

        driver.publish("permit-decision-requested", PERMIT, Map.of());
        ActivatedJob answer = driver.completeUserTask("AnswerDecisionRequest",
                Map.of("requestAnswer", "DECIDE_WITHIN_FOUR_WEEKS", "answerReasoning", "The assessment is nearly done"));
        assertThat(answer.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"planning\"]");
        driver.complete("permit-decision-request-answer", Map.of());

        assertThat(permit)
                .hasPassedElementsInOrder("DecisionRequestReceived", "AnswerDecisionRequest", "RecordRequestAnswer",
                        "RequestAnswered")
                .isWaitingAtElements("CheckCompleteness")
                .isActive();
    }

    private InspectedProcessInstance start() {
        driver.publish("permit-submitted", PERMIT, Map.of("permitId", PERMIT, "caseNumber", "PRM-2026-000001",
                "municipality", "ostersund"));
        return InspectionUtility.findProcessInstances().withBpmnProcessId("permit-review")
                .findLastProcessInstance().orElseThrow();
    }

    private void assess(String proposal, boolean isNo) {
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("CheckCompleteness", Map.of("applicationComplete", "yes"));
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("Assess", Map.of("proposedOutcome", proposal, "proposalReasoning", "Reasons"));
        driver.complete("permit-proposal", Map.of("proposalIsNo", isNo));
    }

    private void explore(boolean works) {
        driver.completeUserTask("ExploreYes", Map.of("alternativeKind", "CONDITIONS",
                "alternativeDescription", "Lower building height", "alternativeWorks", works ? "yes" : "no"));
        driver.complete("permit-alternative", Map.of("wayToYesFound", works));
    }

    private void decide(String outcome) {
        driver.complete("permit-step", Map.of());
        driver.completeUserTask("WriteDecision", Map.of("decisionOutcome", outcome, "legalBasis", "PBL 9:30",
                "reasoning", "As assessed"));
        driver.complete("permit-decision", Map.of());
    }

    private Map<String, Object> deadline(Duration warnIn, Duration dueIn, boolean warned) {
        Map<String, Object> deadline = new HashMap<>();
        deadline.put("deadlineRunning", true);
        deadline.put("deadlineWarned", warned);
        deadline.put("deadlineWarningAt", in(warnIn));
        deadline.put("deadlineDueAt", in(dueIn));
        return deadline;
    }

    private String in(Duration duration) {
        return driver.now().plus(duration).toString();
    }

    private void pass(Duration duration) {
        driver.passTime(duration);
    }
}
