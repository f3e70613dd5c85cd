package org.etablering.land;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.cases.CaseRegister;
import org.etablering.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the land allocation process does to a request, step by step. The engine may deliver a step more
 * than once, so each is safe to repeat.
 */
@Service
public class LandProcess {

    /** The model's process id: {@code bpmn/land-allocation.bpmn}. */
    static final String PROCESS_ID = "land-allocation";

    private final LandRequests requests;
    private final CaseRegister register;
    private final ParcelClaims claims;
    private final LandLetters letters;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    LandProcess(LandRequests requests, CaseRegister register, ParcelClaims claims, LandLetters letters, AuditTrail audit, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.requests = requests;
        this.register = register;
        this.claims = claims;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    /** Planning looks for a parcel: at the start, and again after an offer or reservation came to nothing. */
    @Transactional
    public void startMatching(UUID id) {
        LandRequest request = requests.find(id);
        if (claims.open(id).isEmpty()) {
            request.moveTo(LandRequestStatus.MATCHING, clock.instant());
        }
    }

    /** Sends the offer the planner made; returns until when it stands. */
    @Transactional
    public Map<String, Object> sendOffer(UUID id) {
        LandRequest request = requests.find(id);
        ParcelClaim claim = claims.open(id).orElseThrow(() -> new IllegalStateException("No offer to send on " + id));
        if (claim.getOfferSentAt() == null) {
            claim.sent(clock.instant());
            request.moveTo(LandRequestStatus.OFFERED, clock.instant());
            Parcel parcel = claims.parcel(claim);
            letters.offer(request, parcel, claim);
            audit.byProcess(AuditAction.LAND_OFFERED, id, parcel.getDesignation() + " until " + claim.getOfferExpiresAt());
        }
        return Map.of("offerExpiresAt", claim.getOfferExpiresAt().toString());
    }

    /**
     * The offer's time ran out. An answer that came in the same moment stands: the result says what the
     * company's answer turned out to be.
     */
    @Transactional
    public Map<String, Object> closeLapsedOffer(UUID id) {
        LandRequest request = requests.find(id);
        var open = claims.open(id);
        if (open.isPresent() && open.get().getStage() == ClaimStage.RESERVED) {
            return Map.of("offerAnswer", "ACCEPTED",
                    "reservationExpiresAt", open.get().getReservationExpiresAt().toString());
        }
        if (open.isPresent()) {
            Parcel parcel = claims.parcel(open.get());
            claims.release(open.get(), ClaimEnd.OFFER_LAPSED);
            request.moveTo(LandRequestStatus.MATCHING, clock.instant());
            letters.released(request, parcel, ClaimEnd.OFFER_LAPSED, null);
            audit.byProcess(AuditAction.LAND_RELEASED, id, parcel.getDesignation() + ": offer lapsed");
            return Map.of("offerAnswer", "LAPSED");
        }
        return Map.of("offerAnswer", "DECLINED");
    }

    @Transactional
    public Map<String, Object> recordNegotiation(UUID id, boolean termsAgreed, BigDecimal agreedPrice, String agreedTerms) {
        LandRequest request = requests.find(id);
        if (termsAgreed) {
            claims.open(id).ifPresent(claim -> claim.negotiated(agreedPrice, agreedTerms));
            request.moveTo(LandRequestStatus.AWAITING_DECISION, clock.instant());
        }
        return Map.of("termsAgreed", termsAgreed);
    }

    @Transactional
    public Map<String, Object> recordDecision(UUID id, AllocationDecision decision, String decisionBody,
                                              String reference, String reasoning, String manager) {
        LandRequest request = requests.find(id);
        claims.open(id).ifPresent(claim -> {
            String by = decisionBody == null || decisionBody.isBlank() ? manager : decisionBody.strip() + " (" + manager + ")";
            claim.decided(decision, by, reference, reasoning, clock.instant());
            letters.decided(request, claims.parcel(claim), claim);
            audit.byProcess(AuditAction.LAND_DECIDED, id, decision + " by " + by);
        });
        if (decision == AllocationDecision.APPROVED) {
            request.moveTo(LandRequestStatus.AWAITING_AGREEMENT, clock.instant());
        }
        return Map.of("allocationApproved", decision == AllocationDecision.APPROVED);
    }

    /**
     * Ends the hold and gives the parcel back; the company is told why. Nothing to do if it ended already,
     * and an allocation is never undone by an expiry that fired in the same moment.
     */
    @Transactional
    public void release(UUID id, ClaimEnd reason, String explanation) {
        LandRequest request = requests.find(id);
        claims.open(id).filter(claim -> claim.getStage() != ClaimStage.ALLOCATED).ifPresent(claim -> {
            Parcel parcel = claims.parcel(claim);
            claims.release(claim, reason);
            request.moveTo(LandRequestStatus.MATCHING, clock.instant());
            letters.released(request, parcel, reason, explanation);
            audit.byProcess(AuditAction.LAND_RELEASED, id, parcel.getDesignation() + ": " + reason);
        });
    }

    /** The company withdrew: a held parcel goes back to the inventory and the case closes as withdrawn. */
    @Transactional
    public void withdrawn(UUID id, String reason) {
        LandRequest request = requests.find(id);
        if (request.getStatus().isClosed()) {
            return;
        }
        claims.open(id).filter(claim -> claim.getStage() != ClaimStage.ALLOCATED).ifPresent(claim -> {
            claims.release(claim, ClaimEnd.WITHDRAWN);
            audit.byProcess(AuditAction.LAND_RELEASED, id, claims.parcel(claim).getDesignation() + ": " + ClaimEnd.WITHDRAWN);
        });
        request.moveTo(LandRequestStatus.WITHDRAWN, clock.instant());
        register.close(request, LandRequestStatus.WITHDRAWN.name(), Role.APPLICANT.roleName(), null);
        events.publishEvent(new org.etablering.workflow.CaseClosed(id));
    }

    @Transactional
    public void allocate(UUID id, String agreementReference, LocalDate signedOn, LocalDate accessDate) {
        LandRequest request = requests.find(id);
        ParcelClaim claim = claims.open(id).orElseThrow(() -> new IllegalStateException("Nothing to allocate on " + id));
        if (claim.getStage() == ClaimStage.ALLOCATED) {
            return;
        }
        claims.allocate(claim, agreementReference, signedOn, accessDate);
        request.moveTo(LandRequestStatus.ALLOCATED, clock.instant());
        register.close(request, LandRequestStatus.ALLOCATED.name(), Role.PLANNING.roleName(), null);
        Parcel parcel = claims.parcel(claim);
        letters.allocated(request, parcel, claim);
        audit.byProcess(AuditAction.LAND_ALLOCATED, id, parcel.getDesignation() + ", agreement " + agreementReference);
    }

    @Transactional
    public void noParcel(UUID id, String explanation) {
        LandRequest request = requests.find(id);
        if (request.getStatus() != LandRequestStatus.NO_PARCEL) {
            request.moveTo(LandRequestStatus.NO_PARCEL, clock.instant());
            register.close(request, LandRequestStatus.NO_PARCEL.name(), Role.PLANNING.roleName(), null);
            letters.noParcel(request, explanation);
        }
    }

}
