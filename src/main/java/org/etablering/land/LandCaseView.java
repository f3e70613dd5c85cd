package org.etablering.land;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.etablering.message.MessageKind;

/**
 * A land request as its reader may see it. The company sees what it was asked for, its offer with the
 * parcel's facts and how long the offer stands, its reservation's expiry, the allocation and the letters;
 * officials also see who offered and who decided, and the parcels that were offered before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LandCaseView(
        UUID id,
        String caseNumber,
        UUID inquiryId,
        String companyName,
        String orgNumber,
        String purpose,
        Integer minimumSizeSqm,
        String preferredArea,
        BigDecimal powerMw,
        boolean needsRail,
        LandRequestStatus status,
        Instant requestedAt,
        Instant closedAt,
        OfferView offer,
        ReservationView reservation,
        AllocationView allocation,
        List<EarlierOfferView> earlierOffers,
        List<MessageView> messages) {

    /** The parcel offered now: what it is, on what terms, until when the company may accept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OfferView(ParcelView parcel, BigDecimal pricePerSqm, String terms, Instant offeredAt,
                            Instant expiresAt, boolean answerable, String offeredBy) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReservationView(ParcelView parcel, Instant reservedAt, Instant expiresAt, boolean extended,
                                  String extensionReason, boolean extensible, BigDecimal agreedPricePerSqm,
                                  String agreedTerms, AllocationDecision decision, String decidedBy,
                                  String decisionReference, String decisionReasoning, Instant decidedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllocationView(ParcelView parcel, BigDecimal pricePerSqm, String terms, String agreementReference,
                                 LocalDate agreementSignedOn, LocalDate accessDate, Instant allocatedAt,
                                 String decidedBy, String decisionReference) {
    }

    public record EarlierOfferView(String designation, Instant offeredAt, Instant endedAt, ClaimEnd endReason) {
    }

    public record MessageView(UUID id, MessageKind kind, boolean fromCompany, Instant sentAt, String text) {
    }
}
