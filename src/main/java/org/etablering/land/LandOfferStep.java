package org.etablering.land;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.CurrentUser;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.InvalidInputException;
import org.etablering.task.Task;
import org.etablering.task.TaskCompletionEffect;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A planner completing "Match a parcel and make an offer" with an offer: the parcel is held for the case
 * before the process moves on, so a parcel another case holds is refused with a 409 and the task stays open.
 */
@Component
class LandOfferStep implements TaskCompletionEffect {

    static final String FORM = "land-offer";

    private final LandRequests requests;
    private final ParcelClaims claims;
    private final LandProperties rules;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    LandOfferStep(LandRequests requests, ParcelClaims claims, LandProperties rules, TransactionTemplate transaction,
                  AuditTrail audit) {
        this.requests = requests;
        this.claims = claims;
        this.rules = rules;
        this.transaction = transaction;
        this.audit = audit;
    }

    @Override
    public void apply(Task task, Map<String, Object> data, CurrentUser user) {
        if (!isOffer(task, data)) {
            return;
        }
        String designation = text(data.get("parcelDesignation"));
        Integer validDays = data.get("offerValidDays") instanceof Number days ? days.intValue() : null;
        List<FieldProblem> problems = new ArrayList<>();
        if (designation == null) {
            problems.add(new FieldProblem("parcelDesignation", "is required to make an offer"));
        }
        if (validDays != null && (validDays < 1 || validDays > rules.longestOfferValidDays())) {
            problems.add(new FieldProblem("offerValidDays", "must be between 1 and " + rules.longestOfferValidDays()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("offer-incomplete", problems);
        }
        BigDecimal price = data.get("pricePerSqm") instanceof Number number ? new BigDecimal(number.toString()) : null;
        transaction.executeWithoutResult(status -> {
            LandRequest request = requests.find(task.getCaseId());
            ParcelClaim claim = claims.offer(request, designation, price, text(data.get("offerTerms")),
                    validDays == null ? rules.offerValidDays() : validDays, user.username());
            audit.allowed(user, AuditAction.LAND_OFFERED, request.getId(),
                    designation + " held until " + claim.getOfferExpiresAt());
        });
    }

    @Override
    public void undo(Task task, Map<String, Object> data) {
        if (isOffer(task, data)) {
            transaction.executeWithoutResult(status -> claims.withdrawUnsent(task.getCaseId()));
        }
    }

    private static boolean isOffer(Task task, Map<String, Object> data) {
        return FORM.equals(task.getFormKey()) && LandProcess.PROCESS_ID.equals(task.getProcessId()) && "OFFER".equals(data.get("offerDecision"));
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }
}
