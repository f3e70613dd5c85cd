package org.etablering.land;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.CaseReaders;
import org.etablering.identity.CurrentUser;
import org.etablering.message.MessageStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a land request together for whoever asks: the company's view, or the officials' fuller one. */
@Service
public class LandCaseFiles {

    private final LandRequests requests;
    private final ParcelClaims claims;
    private final ParcelMapper parcels;
    private final MessageStore messages;
    private final AuditTrail audit;
    private final Clock clock;

    LandCaseFiles(LandRequests requests, ParcelClaims claims, ParcelMapper parcels, MessageStore messages,
                  AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.claims = claims;
        this.parcels = parcels;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @CaseReaders
    @Transactional
    public LandCaseView of(UUID id, CurrentUser user) {
        LandRequest request = requests.visible(id, user);
        audit.allowed(user, AuditAction.LAND_READ, id, request.getCaseNumber());
        return view(request, user.isOfficial());
    }

    private LandCaseView view(LandRequest request, boolean official) {
        List<ParcelClaim> all = claims.all(request.getId());
        ParcelClaim open = all.stream().filter(ParcelClaim::isOpen).findFirst().orElse(null);
        LandCaseView.OfferView offer = null;
        LandCaseView.ReservationView reservation = null;
        LandCaseView.AllocationView allocation = null;
        if (open != null && open.getStage() == ClaimStage.OFFERED && (official || open.getOfferSentAt() != null)) {
            offer = new LandCaseView.OfferView(parcel(open), open.getPricePerSqm(), open.getTerms(), open.getOfferedAt(),
                    open.getOfferExpiresAt(), open.getOfferSentAt() != null && clock.instant().isBefore(open.getOfferExpiresAt()),
                    official ? open.getOfferedBy() : null);
        } else if (open != null && open.getStage() == ClaimStage.RESERVED) {
            reservation = new LandCaseView.ReservationView(parcel(open), open.getReservedAt(),
                    open.getReservationExpiresAt(), open.getExtendedAt() != null, open.getExtensionReason(),
                    official && open.getExtendedAt() == null, open.getAgreedPricePerSqm(), open.getAgreedTerms(),
                    official ? open.getDecision() : null, official ? open.getDecidedBy() : null,
                    official ? open.getDecisionReference() : null, official ? open.getDecisionReasoning() : null,
                    official ? open.getDecidedAt() : null);
        } else if (open != null) {
            allocation = new LandCaseView.AllocationView(parcel(open),
                    open.getAgreedPricePerSqm() != null ? open.getAgreedPricePerSqm() : open.getPricePerSqm(),
                    open.getAgreedTerms() != null ? open.getAgreedTerms() : open.getTerms(), open.getAgreementReference(),
                    open.getAgreementSignedOn(), open.getAccessDate(), open.getAllocatedAt(), open.getDecidedBy(),
                    open.getDecisionReference());
        }
        List<LandCaseView.EarlierOfferView> earlier = all.stream().filter(claim -> !claim.isOpen())
                .map(claim -> new LandCaseView.EarlierOfferView(claims.parcel(claim).getDesignation(),
                        claim.getOfferedAt(), claim.getEndedAt(), claim.getEndReason()))
                .toList();
        return new LandCaseView(request.getId(), request.getCaseNumber(), request.getInquiryId(),
                request.getCompanyName(), request.getOrgNumber(), request.getPurpose(), request.getMinimumSizeSqm(),
                request.getPreferredArea(), request.getPowerMw(), request.isNeedsRail(), request.getStatus(),
                request.getRequestedAt(), request.getClosedAt(), offer, reservation, allocation, earlier,
                messages.of(request.getId()).stream().map(m -> new LandCaseView.MessageView(m.getId(), m.getKind(),
                        m.isFromCompany(), m.getSentAt(), m.getText())).toList());
    }

    private ParcelView parcel(ParcelClaim claim) {
        return parcels.toView(claims.parcel(claim));
    }
}
