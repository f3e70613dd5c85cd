package org.etablering.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.etablering.cases.CaseHeader;
import org.etablering.municipality.Country;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rejection is allowed only after exploring, communicating and a second review, in that order. */
class RejectionSafeguardsTest {

    private static final Instant PROPOSED = Instant.parse("2026-09-01T08:00:00Z");
    private static final Instant EXPLORED = Instant.parse("2026-09-03T08:00:00Z");
    private static final Instant SENT = Instant.parse("2026-09-04T08:00:00Z");
    private static final Instant REPLY_DUE = Instant.parse("2026-09-18T21:59:59Z");
    private static final Instant CONSIDERED = Instant.parse("2026-09-21T07:00:00Z");
    private static final Instant REVIEWED = Instant.parse("2026-09-21T08:00:00Z");
    private static final Instant NOW = Instant.parse("2026-09-22T08:00:00Z");

    private Permit permit;
    private final List<Alternative> alternatives = new ArrayList<>();
    private final List<Communication> communications = new ArrayList<>();
    private final List<SecondReview> reviews = new ArrayList<>();

    @BeforeEach
    void aProposedNo() {
        permit = new Permit(new CaseHeader("ostersund", Country.SE, "Norrsken Data AB", "559900-0006", null, null, null,
                "A data centre", false, Set.of(), "applicant", null), "building-permit-se", "Torvalla",
                new BigDecimal("48000"));
        permit.propose(ProposedOutcome.REJECT, "Against the detailed plan", "planning", PROPOSED);
    }

    @Test
    void withEveryStepInOrderTheRejectionMayBeIssued() {
        allThreeSteps();

        assertThat(missing()).isEmpty();
    }

    @Test
    void withoutAProposedNoThereIsNoRejection() {
        permit.propose(ProposedOutcome.APPROVE_WITH_CONDITIONS, "Fine with conditions", "planning", PROPOSED);
        allThreeSteps();

        assertThat(missing()).singleElement().asString().contains("not proposed a rejection");
    }

    @Test
    void withoutExploringAWayToYesThereIsNoRejection() {
        communications.add(new Communication(permit.getId(), "Draft", SENT, REPLY_DUE));
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("No way to yes");
    }

    @Test
    void anAlternativeFromBeforeTheProposalDoesNotCount() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.CONDITIONS, "Earlier round", null, false,
                "planning", PROPOSED.minusSeconds(3600)));
        communications.add(new Communication(permit.getId(), "Draft", SENT, REPLY_DUE));
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("No way to yes");
    }

    @Test
    void anAlternativeThatWorksMeansApproval() {
        allThreeSteps();
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.PHASED_PERMIT, "Phase one only", null, true,
                "planning", EXPLORED));

        assertThat(missing()).singleElement().asString().contains("approved");
    }

    @Test
    void withoutCommunicatingTheDraftThereIsNoRejection() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.OTHER_LOCATION, "Lit instead", null, false,
                "planning", EXPLORED));
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("communicated");
    }

    @Test
    void aCommunicationBeforeTheExploringIsOutOfOrder() {
        communications.add(new Communication(permit.getId(), "Draft", PROPOSED.plusSeconds(60), REPLY_DUE));
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.OTHER_LOCATION, "Lit instead", null, false,
                "planning", EXPLORED));
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("communicated");
    }

    @Test
    void whileTheApplicantMayStillReplyThereIsNoRejection() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.ADJUSTED_SCOPE, "Smaller hall", null,
                false, "planning", EXPLORED));
        communications.add(new Communication(permit.getId(), "Draft", SENT, REPLY_DUE));

        assertThat(RejectionSafeguards.missingForRejection(permit, alternatives, communications, reviews,
                REPLY_DUE.minusSeconds(60))).singleElement().asString().contains("time to reply");
    }

    @Test
    void aReplyThatChangesTheAssessmentSendsTheCaseBackToAssessment() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.ADJUSTED_SCOPE, "Smaller hall", null,
                false, "planning", EXPLORED));
        Communication draft = new Communication(permit.getId(), "Draft", SENT, REPLY_DUE);
        draft.reply("We can lower the building", SENT.plusSeconds(3600));
        draft.consider(true, "Lower is within the plan", "planning", CONSIDERED);
        communications.add(draft);
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("assessed again");
    }

    @Test
    void aReplyTheOfficerHasNotConsideredBlocksTheRejection() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.ADJUSTED_SCOPE, "Smaller hall", null,
                false, "planning", EXPLORED));
        Communication draft = new Communication(permit.getId(), "Draft", SENT, REPLY_DUE);
        draft.reply("We object", SENT.plusSeconds(3600));
        communications.add(draft);
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("not considered");
    }

    @Test
    void nothingToAddConsideredTheSameDayAllowsTheReviewBeforeTheReplyTimeEnds() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.ADJUSTED_SCOPE, "Smaller hall", null,
                false, "planning", EXPLORED));
        Communication draft = new Communication(permit.getId(), "Draft", SENT, REPLY_DUE);
        Instant sameDay = SENT.plusSeconds(3600);
        assertThat(draft.nothingToAdd("Nothing to add", sameDay)).isTrue();
        draft.consider(false, "Nothing new", "planning", sameDay.plusSeconds(600));
        communications.add(draft);
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", sameDay.plusSeconds(1200)));

        assertThat(RejectionSafeguards.missingForRejection(permit, alternatives, communications, reviews,
                sameDay.plusSeconds(1800))).as("four eyes do not wait for the reply time").isEmpty();
    }

    @Test
    void withoutAManagersAgreementThereIsNoRejection() {
        allThreeSteps();
        reviews.clear();
        assertThat(missing()).singleElement().asString().contains("second review");

        reviews.add(new SecondReview(permit.getId(), "manager", false, "Try phasing", REVIEWED));
        assertThat(missing()).singleElement().asString().contains("second review");
    }

    @Test
    void aReviewBeforeTheReplyWasConsideredDoesNotCount() {
        allThreeSteps();
        reviews.clear();
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed early", CONSIDERED.minusSeconds(60)));

        assertThat(missing()).singleElement().asString().contains("second review");
    }

    @Test
    void theCaseOfficerCannotBeTheSecondPairOfEyes() {
        allThreeSteps();
        reviews.clear();
        reviews.add(new SecondReview(permit.getId(), "planning", true, "I agree with myself", REVIEWED));

        assertThat(missing()).singleElement().asString().contains("other than the case officer");
    }

    private void allThreeSteps() {
        alternatives.add(new Alternative(permit.getId(), AlternativeKind.ADJUSTED_SCOPE, "Smaller hall", "Met on 2 Sep",
                false, "planning", EXPLORED));
        Communication draft = new Communication(permit.getId(), "Draft", SENT, REPLY_DUE);
        draft.consider(false, "No reply came; the assessment stands", "planning", CONSIDERED);
        communications.add(draft);
        reviews.add(new SecondReview(permit.getId(), "manager", true, "Agreed", REVIEWED));
    }

    private List<org.etablering.problem.Refusal.Reason> missing() {
        return RejectionSafeguards.missingForRejection(permit, alternatives, communications, reviews, NOW);
    }
}
