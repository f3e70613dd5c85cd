package org.etablering.land;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.etablering.problem.ConflictException;

/**
 * A case's hold on a parcel, from the offer through the reservation (markanvisning) to the allocation,
 * with the terms and dates of each. While it has not ended, the database lets no other case hold the parcel.
 */
@Entity
@Table(name = "parcel_claim")
public class ParcelClaim {

    @Id
    private UUID id;

    @Column(name = "parcel_id", nullable = false, updatable = false)
    private UUID parcelId;

    @Column(name = "land_request_id", nullable = false, updatable = false)
    private UUID landRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStage stage;

    @Column(name = "price_per_sqm", nullable = false, updatable = false)
    private BigDecimal pricePerSqm;

    @Column(updatable = false)
    private String terms;

    @Column(name = "offered_by", nullable = false, updatable = false)
    private String offeredBy;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "offer_sent_at")
    private Instant offerSentAt;

    @Column(name = "offer_expires_at", nullable = false, updatable = false)
    private Instant offerExpiresAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "reserved_at")
    private Instant reservedAt;

    @Column(name = "reservation_expires_at")
    private Instant reservationExpiresAt;

    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;

    @Column(name = "extended_at")
    private Instant extendedAt;

    @Column(name = "extension_reason")
    private String extensionReason;

    @Column(name = "agreed_price_per_sqm")
    private BigDecimal agreedPricePerSqm;

    @Column(name = "agreed_terms")
    private String agreedTerms;

    @Enumerated(EnumType.STRING)
    private AllocationDecision decision;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "decision_reasoning")
    private String decisionReasoning;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "agreement_reference")
    private String agreementReference;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "access_date")
    private LocalDate accessDate;

    @Column(name = "allocated_at")
    private Instant allocatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private ClaimEnd endReason;

    @Version
    private long version;

    protected ParcelClaim() {
    }

    ParcelClaim(UUID parcelId, UUID landRequestId, BigDecimal pricePerSqm, String terms, String offeredBy,
                Instant now, Instant offerExpiresAt) {
        this.id = UUID.randomUUID();
        this.parcelId = parcelId;
        this.landRequestId = landRequestId;
        this.stage = ClaimStage.OFFERED;
        this.pricePerSqm = pricePerSqm;
        this.terms = terms;
        this.offeredBy = offeredBy;
        this.offeredAt = now;
        this.offerExpiresAt = offerExpiresAt;
    }

    void sent(Instant now) {
        if (offerSentAt == null) {
            offerSentAt = now;
        }
    }

    /** The company takes the offer: the parcel is reserved for it until the reservation expires. */
    void accept(Instant now, Instant reservationExpiry) {
        requireOpenOffer(now);
        this.answeredAt = now;
        this.stage = ClaimStage.RESERVED;
        this.reservedAt = now;
        this.reservationExpiresAt = reservationExpiry;
    }

    void decline(Instant now) {
        requireOpenOffer(now);
        this.answeredAt = now;
        end(ClaimEnd.DECLINED, now);
    }

    private void requireOpenOffer(Instant now) {
        if (endedAt != null || stage != ClaimStage.OFFERED || offerSentAt == null) {
            throw new ConflictException("no-open-offer");
        }
        if (!now.isBefore(offerExpiresAt)) {
            throw new ConflictException("offer-lapsed", java.util.Date.from(offerExpiresAt));
        }
    }

    /** The one extension of the reservation, with the reason for it. */
    void extend(Instant until, String reason, Instant now) {
        if (endedAt != null || stage != ClaimStage.RESERVED) {
            throw new ConflictException("reservation-not-in-force");
        }
        if (extendedAt != null) {
            throw new ConflictException("reservation-extended-once");
        }
        if (!until.isAfter(reservationExpiresAt)) {
            throw new ConflictException("extension-not-later");
        }
        this.reservationExpiresAt = until;
        this.expiryRemindedAt = null;
        this.extendedAt = now;
        this.extensionReason = reason;
    }

    /** Marks the reminder of the reservation's end as sent; false if it was, or the reservation is over. */
    boolean remindOfExpiry(Instant now) {
        if (endedAt != null || stage != ClaimStage.RESERVED || expiryRemindedAt != null) {
            return false;
        }
        expiryRemindedAt = now;
        return true;
    }

    void negotiated(BigDecimal agreedPrice, String agreedTerms) {
        this.agreedPricePerSqm = agreedPrice;
        this.agreedTerms = agreedTerms;
    }

    void decided(AllocationDecision decision, String by, String reference, String reasoning, Instant now) {
        this.decision = decision;
        this.decidedBy = by;
        this.decisionReference = reference;
        this.decisionReasoning = reasoning;
        this.decidedAt = now;
    }

    void allocate(String agreementReference, LocalDate signedOn, LocalDate accessDate, Instant now) {
        this.stage = ClaimStage.ALLOCATED;
        this.agreementReference = agreementReference;
        this.agreementSignedOn = signedOn;
        this.accessDate = accessDate;
        this.allocatedAt = now;
    }

    void end(ClaimEnd reason, Instant now) {
        this.endReason = reason;
        this.endedAt = now;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public UUID getId() { return id; }
    public UUID getParcelId() { return parcelId; }
    public UUID getLandRequestId() { return landRequestId; }
    public ClaimStage getStage() { return stage; }
    public BigDecimal getPricePerSqm() { return pricePerSqm; }
    public String getTerms() { return terms; }
    public String getOfferedBy() { return offeredBy; }
    public Instant getOfferedAt() { return offeredAt; }
    public Instant getOfferSentAt() { return offerSentAt; }
    public Instant getOfferExpiresAt() { return offerExpiresAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getReservedAt() { return reservedAt; }
    public Instant getReservationExpiresAt() { return reservationExpiresAt; }
    public Instant getExtendedAt() { return extendedAt; }
    public String getExtensionReason() { return extensionReason; }
    public BigDecimal getAgreedPricePerSqm() { return agreedPricePerSqm; }
    public String getAgreedTerms() { return agreedTerms; }
    public AllocationDecision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public String getDecisionReference() { return decisionReference; }
    public String getDecisionReasoning() { return decisionReasoning; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getAgreementReference() { return agreementReference; }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public LocalDate getAccessDate() { return accessDate; }
    public Instant getAllocatedAt() { return allocatedAt; }
    public Instant getEndedAt() { return endedAt; }
    public ClaimEnd getEndReason() { return endReason; }
}
