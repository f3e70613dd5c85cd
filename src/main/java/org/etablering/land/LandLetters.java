package org.etablering.land;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.etablering.document.DecisionContent;
import org.etablering.document.DecisionDocuments;
import org.etablering.document.DocumentKind;
import org.etablering.identity.Role;
import org.etablering.message.MessageKind;
import org.etablering.message.MessageStore;
import org.etablering.municipality.Letters;
import org.etablering.municipality.Municipalities;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The letters of a land request, written in the municipality's language and kept with its messages. */
@Component
class LandLetters {

    private final Letters letters;
    private final Municipalities municipalities;
    private final MessageStore messages;
    private final DecisionDocuments documents;

    LandLetters(Letters letters, Municipalities municipalities, MessageStore messages, DecisionDocuments documents) {
        this.letters = letters;
        this.documents = documents;
        this.municipalities = municipalities;
        this.messages = messages;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void offer(LandRequest request, Parcel parcel, ParcelClaim claim) {
        String municipality = request.getMunicipality();
        String terms = claim.getTerms() == null ? "" : letters.write(municipality, "land.offer.terms", claim.getTerms());
        send(request, MessageKind.LAND_OFFER, letters.write(municipality, "land.offer", parcel.getDesignation(),
                parcel.getArea(), parcel.getSizeSqm(), letters.write(municipality, "land.zoning." + parcel.getZoning()),
                claim.getPricePerSqm(), terms, day(request, claim.getOfferExpiresAt().minusSeconds(1))));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reserved(LandRequest request, Parcel parcel, ParcelClaim claim) {
        send(request, MessageKind.LAND_RESERVATION, letters.write(request.getMunicipality(), "land.reserved",
                parcel.getDesignation(), day(request, claim.getReservationExpiresAt())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void reservationEnding(LandRequest request, Parcel parcel, ParcelClaim claim) {
        send(request, MessageKind.LAND_RESERVATION_ENDING, letters.write(request.getMunicipality(), "land.reservation-ending",
                parcel.getDesignation(), day(request, claim.getReservationExpiresAt())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void extended(LandRequest request, Parcel parcel, ParcelClaim claim) {
        send(request, MessageKind.LAND_RESERVATION, letters.write(request.getMunicipality(), "land.extended",
                parcel.getDesignation(), day(request, claim.getReservationExpiresAt()), claim.getExtensionReason()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void released(LandRequest request, Parcel parcel, ClaimEnd reason, String explanation) {
        send(request, MessageKind.LAND_RELEASE, letters.write(request.getMunicipality(), "land.released." + reason,
                parcel.getDesignation(), explanation == null ? "" : explanation));
    }

    /** The allocation decision as a document for the company, issued once per parcel claim. */
    @Transactional(propagation = Propagation.MANDATORY)
    void decided(LandRequest request, Parcel parcel, ParcelClaim claim) {
        String municipality = request.getMunicipality();
        boolean approved = claim.getDecision() == AllocationDecision.APPROVED;
        List<String> conditions = new java.util.ArrayList<>();
        if (approved && claim.getAgreedPricePerSqm() != null) {
            conditions.add(letters.write(municipality, "land.agreed-price", claim.getAgreedPricePerSqm()));
        }
        if (approved && claim.getAgreedTerms() != null && !claim.getAgreedTerms().isBlank()) {
            conditions.add(claim.getAgreedTerms());
        }
        String terms = conditions.isEmpty() ? null : String.join("\n", conditions);
        String by = claim.getDecisionReference() == null || claim.getDecisionReference().isBlank() ? claim.getDecidedBy()
                : claim.getDecidedBy() + ", " + claim.getDecisionReference();
        documents.issue(new DecisionContent(request.getId(), DocumentKind.ALLOCATION_DECISION, claim.getId().toString(),
                municipality, request.getCaseNumber(),
                new DecisionContent.Applicant(request.getCompanyName(), request.getOrgNumber()),
                parcel.getDesignation() + ", " + parcel.getArea(),
                letters.write(municipality, "document.allocation." + claim.getDecision(), parcel.getDesignation()),
                letters.write(municipality, "document.allocation.legal-basis"), claim.getDecisionReasoning(), terms,
                letters.write(municipality, "document.allocation.appeal"), by, claim.getDecidedAt()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void allocated(LandRequest request, Parcel parcel, ParcelClaim claim) {
        send(request, MessageKind.LAND_ALLOCATION, letters.write(request.getMunicipality(), "land.allocated",
                parcel.getDesignation(), claim.getAgreementReference(), letters.day(request.getMunicipality(), claim.getAgreementSignedOn()),
                claim.getAccessDate() == null ? "-" : letters.day(request.getMunicipality(), claim.getAccessDate())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void noParcel(LandRequest request, String explanation) {
        send(request, MessageKind.LAND_NO_PARCEL, letters.write(request.getMunicipality(), "land.no-parcel",
                explanation == null ? "" : explanation));
    }

    /** The company's own answer to an offer, in its own words, kept with the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    void answer(UUID requestId, String username, String text) {
        messages.record(requestId, MessageKind.LAND_ANSWER, true, username, Role.APPLICANT.roleName(), text, List.of());
    }

    private void send(LandRequest request, MessageKind kind, String text) {
        messages.record(request.getId(), kind, false, "process", Role.PLANNING.roleName(), text, List.of());
    }

    private String day(LandRequest request, Instant instant) {
        return letters.day(request.getMunicipality(),
                LocalDate.ofInstant(instant, municipalities.calendarOf(request.getMunicipality()).country().zone()));
    }
}
