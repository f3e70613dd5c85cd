package org.etablering.land;

import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.ApplicantsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.PlanningOfficers;
import org.etablering.problem.ConflictException;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.workflow.WorkflowMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do to a land request outside the task list: the company answers an offer; planning extends
 * a reservation. The database changes first, and the process hears of it through the outbox.
 */
@Service
public class LandActions {

    public static final String OFFER_ANSWERED = "land-offer-answered";
    public static final String WITHDRAWN = "land-withdrawn";
    public static final String RESERVATION_EXTENDED = "land-reservation-extended";

    private final LandRequests requests;
    private final ParcelClaims claims;
    private final LandLetters letters;
    private final LandProperties rules;
    private final WorkflowMessages workflow;
    private final AuditTrail audit;
    private final org.etablering.task.TaskService tasks;
    private final org.etablering.cases.CaseRegister register;

    LandActions(LandRequests requests, ParcelClaims claims, LandLetters letters, LandProperties rules,
                WorkflowMessages workflow, AuditTrail audit, org.etablering.task.TaskService tasks,
                org.etablering.cases.CaseRegister register) {
        this.register = register;
        this.tasks = tasks;
        this.requests = requests;
        this.claims = claims;
        this.letters = letters;
        this.rules = rules;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** The company takes the offer: the parcel is reserved for it (markanvisning). */
    @ApplicantsOnly
    @Transactional
    public void accept(UUID id, CurrentUser applicant) {
        LandRequest request = requests.visible(id, applicant);
        ParcelClaim claim = openOffer(request);
        claims.accept(claim, rules);
        request.moveTo(LandRequestStatus.RESERVED, claim.getReservedAt());
        letters.reserved(request, claims.parcel(claim), claim);
        workflow.publish(OFFER_ANSWERED, id.toString(), Map.of("offerAnswer", "ACCEPTED",
                "reservationExpiresAt", claim.getReservationExpiresAt().toString()));
        audit.allowed(applicant, AuditAction.LAND_OFFER_ANSWERED, id, "accepted " + claims.parcel(claim).getDesignation());
    }

    /** The company turns the offer down; the parcel goes back to the inventory. */
    @ApplicantsOnly
    @Transactional
    public void decline(UUID id, String reason, CurrentUser applicant) {
        LandRequest request = requests.visible(id, applicant);
        ParcelClaim claim = openOffer(request);
        Parcel parcel = claims.parcel(claim);
        claims.decline(claim);
        request.moveTo(LandRequestStatus.MATCHING, claim.getEndedAt());
        if (reason != null && !reason.isBlank()) {
            letters.answer(id, applicant.username(), reason);
        }
        letters.released(request, parcel, ClaimEnd.DECLINED, null);
        workflow.publish(OFFER_ANSWERED, id.toString(), Map.of("offerAnswer", "DECLINED"));
        audit.allowed(applicant, AuditAction.LAND_OFFER_ANSWERED, id, "declined " + parcel.getDesignation());
    }

    /** The one extension of a reservation, with a reason; the process's expiry timer follows. */
    @PlanningOfficers
    @Transactional
    public void extend(UUID id, int months, String reason, CurrentUser officer) {
        if (months > rules.longestExtensionMonths()) {
            throw new InvalidInputException("extension-too-long", java.util.List.of(new FieldProblem("months",
                    "must be at most " + rules.longestExtensionMonths())));
        }
        LandRequest request = requests.visible(id, officer);
        ParcelClaim claim = claims.open(id).orElseThrow(() -> new ConflictException("no-reservation"));
        java.time.Instant previousExpiry = claim.getReservationExpiresAt();
        claims.extend(claim, months, reason);
        tasks.deadlineMoved(id, previousExpiry, claim.getReservationExpiresAt());
        letters.extended(request, claims.parcel(claim), claim);
        workflow.publish(RESERVATION_EXTENDED, id.toString(),
                Map.of("reservationExpiresAt", claim.getReservationExpiresAt().toString()));
        audit.allowed(officer, AuditAction.LAND_RESERVATION_EXTENDED, id, months + " months: " + reason);
    }

    /**
     * The company withdraws its request before the allocation is decided, with an optional reason; the process ends,
     * an offered or reserved parcel goes back to the inventory and the case closes as withdrawn.
     */
    @ApplicantsOnly
    @Transactional
    public void withdraw(UUID id, String reason, CurrentUser applicant) {
        LandRequest request = requests.visible(id, applicant);
        LandRequestStatus status = request.getStatus();
        if (status.isClosed() || status == LandRequestStatus.AWAITING_AGREEMENT || request.isClosed()) {
            audit.refused(applicant, AuditAction.CASE_CLOSED, id, "withdrawal after the decision or closing");
            throw new ConflictException("land-request-not-withdrawable");
        }
        String why = reason == null ? "" : reason.strip();
        register.receiveWithdrawal(request, applicant, why);
        audit.allowed(applicant, AuditAction.CASE_CLOSED, id, "withdrawn by the company" + (why.isEmpty() ? "" : ": " + why));
        workflow.publish(WITHDRAWN, id.toString(), Map.of("withdrawReason", why));
    }

    private ParcelClaim openOffer(LandRequest request) {
        return claims.open(request.getId()).orElseThrow(() -> new ConflictException("no-open-offer"));
    }
}
