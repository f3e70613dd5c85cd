package org.etablering.land;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.Map;
import org.etablering.support.ProcessDriver;
import org.etablering.support.ProcessEngineTest;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/land-allocation.bpmn}, path by path, with the test playing the workers, the planners, the
 * manager and the company. Every way an offer or reservation comes to nothing leads back to matching.
 * (The assertions list each element as often as it was passed; an error end event is entered, never passed.)
 */
class LandAllocationProcessTest extends ProcessEngineTest {

    /** A case of its own for each test, so that no message of an earlier test reaches it. */
    private final String REQUEST = java.util.UUID.randomUUID().toString();
    private static final Duration SIX_MONTHS = Duration.ofDays(182);


    @Test
    void anAcceptedOfferNegotiatedApprovedAndSignedAllocatesTheParcel() {
        InspectedProcessInstance land = start();
        ActivatedJob match = offer(Duration.ofDays(30));
        assertThat(match.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"planning\"]")
                .containsEntry("io.camunda.zeebe:formKey", "land-offer");
        accept(SIX_MONTHS);
        negotiate(true);
        ActivatedJob decision = decide(true);
        assertThat(decision.getCustomHeaders()).containsEntry("io.camunda.zeebe:candidateGroups", "[\"manager\"]");
        driver.completeUserTask("RecordAgreement", Map.of("agreementReference", "MEX-2026-17",
                "agreementSignedOn", "2026-12-01"));
        driver.complete("land-allocation", Map.of());

        assertThat(land)
                .hasPassedElementsInOrder("LandRequested", "StartMatching", "MatchAndOffer", "OfferAParcel", "SendOffer",
                        "AwaitAnswer", "OfferAnswered", "DidCompanyAccept", "ReservationStarted", "Negotiate",
                        "RecordNegotiation", "WereTermsAgreed", "DecideAllocation", "RecordDecision",
                        "WasAllocationApproved", "RecordAgreement", "AllocateParcel", "AllocationDone",
                        "ReservationInForce", "ParcelAllocated")
                .hasNotPassedElement("ReleaseExpiredReservation")
                .isCompleted();
    }

    @Test
    void aDeclinedOfferGoesBackToMatchingAndAnotherParcelCanBeOffered() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        driver.publish("land-offer-answered", REQUEST, Map.of("offerAnswer", "DECLINED"));
        driver.complete("land-matching", Map.of());
        assertThat(land).isWaitingAtElements("MatchAndOffer");

        driver.completeUserTask("MatchAndOffer", Map.of("offerDecision", "OFFER", "parcelDesignation", "Lit 5:21"));
        driver.complete("land-offer", Map.of("offerExpiresAt", in(Duration.ofDays(30))));
        accept(SIX_MONTHS);

        assertThat(land)
                .hasPassedElementsInOrder("StartMatching", "MatchAndOffer", "SendOffer", "OfferAnswered",
                        "DidCompanyAccept", "StartMatching", "MatchAndOffer", "SendOffer", "OfferAnswered",
                        "DidCompanyAccept", "ReservationStarted")
                .isWaitingAtElements("Negotiate", "WatchReservation");
    }

    @Test
    void anUnansweredOfferLapsesAndTheParcelGoesBack() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        pass(Duration.ofDays(29));
        assertThat(land).isWaitingAtElements("AwaitAnswer");

        pass(Duration.ofDays(2));
        driver.complete("land-offer-lapse", Map.of("offerAnswer", "LAPSED"));
        driver.complete("land-matching", Map.of());

        assertThat(land)
                .hasPassedElementsInOrder("StartMatching", "AwaitAnswer", "OfferTimeOver", "CloseLapsedOffer",
                        "DidCompanyAccept", "StartMatching")
                .hasNotPassedElement("OfferAnswered")
                .isWaitingAtElements("MatchAndOffer");
    }

    @Test
    void anAcceptanceInTheMomentTheOfferLapsesStands() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        pass(Duration.ofDays(31));
        driver.complete("land-offer-lapse", Map.of("offerAnswer", "ACCEPTED", "reservationExpiresAt", in(SIX_MONTHS)));

        assertThat(land).hasPassedElementsInOrder("OfferTimeOver", "CloseLapsedOffer", "DidCompanyAccept",
                "ReservationStarted").isWaitingAtElements("Negotiate", "WatchReservation");
    }

    @Test
    void withNoSuitableParcelTheCompanyIsToldAndTheRequestCloses() {
        InspectedProcessInstance land = start();
        driver.complete("land-matching", Map.of());
        driver.completeUserTask("MatchAndOffer", Map.of("offerDecision", "NO_SUITABLE_PARCEL",
                "noParcelExplanation", "Nothing with rail access is free"));
        driver.complete("land-no-parcel", Map.of());

        assertThat(land).hasPassedElementsInOrder("MatchAndOffer", "OfferAParcel", "TellNoParcel", "NoParcelAvailable")
                .hasNotPassedElement("SendOffer")
                .isCompleted();
    }

    @Test
    void anExpiredReservationGivesTheParcelBackAndEndsTheNegotiation() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        accept(SIX_MONTHS);
        pass(SIX_MONTHS.plusDays(1));
        ActivatedJob release = driver.complete("land-release", Map.of());
        driver.complete("land-matching", Map.of());

        assertThat(release.getCustomHeaders()).containsEntry("reason", "RESERVATION_EXPIRED");
        assertThat(land)
                .hasPassedElementsInOrder("StartMatching", "WatchReservation", "ReservationExpired",
                        "ReleaseExpiredReservation", "ReservationEnded", "StartMatching")
                .hasNotPassedElement("Negotiate")
                .isWaitingAtElements("MatchAndOffer");
        assertThat(driver.activate(ProcessDriver.USER_TASK)).extracting(ActivatedJob::getElementId)
                .as("the negotiation was cut off").containsExactly("MatchAndOffer");
    }

    @Test
    void anExtendedReservationRunsUntilItsNewExpiry() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        accept(SIX_MONTHS);
        pass(Duration.ofDays(100));
        driver.publish("land-reservation-extended", REQUEST,
                Map.of("reservationExpiresAt", in(SIX_MONTHS.minusDays(100).plus(SIX_MONTHS))));

        pass(SIX_MONTHS.minusDays(100).plusDays(1));
        assertThat(land).as("the old expiry passed").hasNotPassedElement("ReservationExpired")
                .isWaitingAtElements("Negotiate", "WatchReservation");

        pass(SIX_MONTHS);
        ActivatedJob release = driver.complete("land-release", Map.of());
        assertThat(release.getCustomHeaders()).containsEntry("reason", "RESERVATION_EXPIRED");
        assertThat(land).hasPassedElementsInOrder("WatchAgain", "WatchReservation", "ReservationExtended", "WatchAgain",
                "WatchReservation", "ReservationExpired", "ReleaseExpiredReservation");
    }

    @Test
    void aFailedNegotiationGivesTheParcelBack() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        accept(SIX_MONTHS);
        negotiate(false);
        ActivatedJob release = driver.complete("land-release", Map.of());
        driver.complete("land-matching", Map.of());

        assertThat(release.getCustomHeaders()).containsEntry("reason", "NEGOTIATION_FAILED");
        assertThat(land)
                .hasPassedElementsInOrder("StartMatching", "WereTermsAgreed", "ReleaseAfterNoAgreement",
                        "ReservationEnded", "StartMatching")
                .hasNotPassedElement("DecideAllocation")
                .isWaitingAtElements("MatchAndOffer");
    }

    @Test
    void aRefusedAllocationGivesTheParcelBack() {
        InspectedProcessInstance land = start();
        offer(Duration.ofDays(30));
        accept(SIX_MONTHS);
        negotiate(true);
        decide(false);
        ActivatedJob release = driver.complete("land-release", Map.of());
        driver.complete("land-matching", Map.of());

        assertThat(release.getCustomHeaders()).containsEntry("reason", "REFUSED");
        assertThat(land)
                .hasPassedElementsInOrder("StartMatching", "WasAllocationApproved", "ReleaseAfterRefusal",
                        "ReservationEnded", "StartMatching")
                .hasNotPassedElement("RecordAgreement")
                .isWaitingAtElements("MatchAndOffer");
    }

    private InspectedProcessInstance start() {
        driver.publish("land-requested", REQUEST, Map.of("landRequestId", REQUEST, "caseNumber", "LND-2026-000001",
                "municipality", "ostersund"));
        return InspectionUtility.findProcessInstances().withBpmnProcessId("land-allocation")
                .findLastProcessInstance().orElseThrow();
    }

    /** Planning offers a parcel that stands for the given time; returns the matching task. */
    private ActivatedJob offer(Duration stands) {
        driver.complete("land-matching", Map.of());
        ActivatedJob match = driver.completeUserTask("MatchAndOffer",
                Map.of("offerDecision", "OFFER", "parcelDesignation", "Torvalla 2:45"));
        driver.complete("land-offer", Map.of("offerExpiresAt", in(stands)));
        return match;
    }

    private void accept(Duration reservation) {
        driver.publish("land-offer-answered", REQUEST, Map.of("offerAnswer", "ACCEPTED",
                "reservationExpiresAt", in(reservation)));
    }

    private void negotiate(boolean agreed) {
        driver.completeUserTask("Negotiate", Map.of("negotiationResult", agreed ? "TERMS_AGREED" : "NEGOTIATION_FAILED"));
        driver.complete("land-negotiation", Map.of("termsAgreed", agreed));
    }

    private ActivatedJob decide(boolean approved) {
        ActivatedJob task = driver.completeUserTask("DecideAllocation", Map.of("allocationDecision",
                approved ? "APPROVED" : "REFUSED", "decisionReasoning", "As negotiated"));
        driver.complete("land-decision", Map.of("allocationApproved", approved));
        return task;
    }

    private String in(Duration duration) {
        return driver.now().plus(duration).toString();
    }

    private void pass(Duration duration) {
        driver.passTime(duration);
    }
}
