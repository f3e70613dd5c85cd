package org.etablering.land;

import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * What a planner looks for in the inventory. Every criterion is optional; without a status only parcels
 * that can be offered are found.
 */
public record ParcelSearch(Integer minSizeSqm, String area, Set<Zoning> zoning, BigDecimal minPowerMw,
                           Boolean railAccess, Set<ParcelStatus> status) {

    /** The parcels that could meet a land request's needs. */
    static ParcelSearch forRequest(LandRequest request) {
        return new ParcelSearch(request.getMinimumSizeSqm(), request.getPreferredArea(), null, request.getPowerMw(),
                request.isNeedsRail() ? Boolean.TRUE : null, null);
    }

    Specification<Parcel> in(String municipality) {
        return (parcel, query, criteria) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(criteria.equal(parcel.get("municipality"), municipality));
            all.add(parcel.get("status").in(status == null || status.isEmpty() ? Set.of(ParcelStatus.AVAILABLE) : status));
            if (minSizeSqm != null) {
                all.add(criteria.greaterThanOrEqualTo(parcel.get("sizeSqm"), minSizeSqm));
            }
            if (area != null && !area.isBlank()) {
                all.add(criteria.equal(criteria.lower(parcel.get("area")), area.strip().toLowerCase()));
            }
            if (zoning != null && !zoning.isEmpty()) {
                all.add(parcel.get("zoning").in(zoning));
            }
            if (minPowerMw != null) {
                all.add(criteria.greaterThanOrEqualTo(parcel.get("powerMw"), minPowerMw));
            }
            if (railAccess != null) {
                all.add(criteria.equal(parcel.get("railAccess"), railAccess));
            }
            return criteria.and(all.toArray(Predicate[]::new));
        };
    }
}
