package org.etablering.land;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.etablering.audit.AuditAction;
import org.etablering.audit.AuditTrail;
import org.etablering.identity.AdminsOnly;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ParcelReaders;
import org.etablering.identity.PlanningOfficers;
import org.etablering.problem.ConflictException;
import org.etablering.problem.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's land inventory: administrators keep it, officials search it. */
@Service
public class ParcelInventory {

    private final ParcelRepository parcels;
    private final LandRequests requests;
    private final ParcelCsv csv;
    private final AuditTrail audit;
    private final Clock clock;

    ParcelInventory(ParcelRepository parcels, LandRequests requests, Validator validator, AuditTrail audit,
                    Clock clock) {
        this.parcels = parcels;
        this.requests = requests;
        this.csv = new ParcelCsv(validator);
        this.audit = audit;
        this.clock = clock;
    }

    @AdminsOnly
    @Transactional
    public Parcel create(ParcelFacts facts, CurrentUser admin) {
        requireFreeDesignation(admin.municipality(), facts.designation(), null);
        Parcel parcel = parcels.save(new Parcel(admin.municipality(), facts, clock.instant()));
        audit.allowed(admin, AuditAction.PARCEL_CREATED, null, parcel.getDesignation());
        return parcel;
    }

    @AdminsOnly
    @Transactional
    public Parcel update(UUID id, ParcelFacts facts, CurrentUser admin) {
        Parcel parcel = find(id, admin);
        requireFreeDesignation(admin.municipality(), facts.designation(), id);
        parcel.describe(facts, clock.instant());
        audit.allowed(admin, AuditAction.PARCEL_UPDATED, null, parcel.getDesignation());
        return parcel;
    }

    @AdminsOnly
    @Transactional
    public Parcel retire(UUID id, CurrentUser admin) {
        Parcel parcel = find(id, admin);
        parcel.retire(clock.instant());
        audit.allowed(admin, AuditAction.PARCEL_RETIRED, null, parcel.getDesignation());
        return parcel;
    }

    @AdminsOnly
    @Transactional
    public Parcel sold(UUID id, CurrentUser admin) {
        Parcel parcel = find(id, admin);
        parcel.sold(clock.instant());
        audit.allowed(admin, AuditAction.PARCEL_SOLD, null, parcel.getDesignation());
        return parcel;
    }

    /**
     * Adds the file's new parcels and updates those already known by designation. Rows that break a rule
     * are reported and change nothing; the good rows are kept.
     */
    @AdminsOnly
    @Transactional
    public ParcelImportReport importCsv(String text, CurrentUser admin) {
        ParcelImportReport report = load(admin.municipality(), text);
        audit.allowed(admin, AuditAction.PARCELS_IMPORTED, null, "%d rows: %d created, %d updated, %d rejected"
                .formatted(report.rows(), report.created(), report.updated(), report.rejected().size()));
        return report;
    }

    /** The demo inventory, loaded like an administrator's import. */
    @Transactional
    public ParcelImportReport loadDemo(String municipality, String text) {
        return parcels.existsByMunicipality(municipality) ? new ParcelImportReport(0, 0, 0, List.of())
                : load(municipality, text);
    }

    @ParcelReaders
    @Transactional(readOnly = true)
    public List<Parcel> search(ParcelSearch search, CurrentUser official) {
        return parcels.findAll(search.in(official.municipality()), Sort.by("area", "designation"));
    }

    /** The available parcels that meet a land request's needs: where a planner starts matching. */
    @PlanningOfficers
    @Transactional(readOnly = true)
    public List<Parcel> matching(UUID requestId, CurrentUser planner) {
        LandRequest request = requests.visible(requestId, planner);
        return parcels.findAll(ParcelSearch.forRequest(request).in(request.getMunicipality()),
                Sort.by("sizeSqm", "designation"));
    }

    @ParcelReaders
    @Transactional(readOnly = true)
    public Parcel get(UUID id, CurrentUser official) {
        return find(id, official);
    }

    private ParcelImportReport load(String municipality, String text) {
        List<ParcelCsv.Row> rows = csv.read(text);
        List<ParcelImportReport.RejectedRow> rejected = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int updated = 0;
        for (ParcelCsv.Row row : rows) {
            if (!row.isValid()) {
                rejected.add(new ParcelImportReport.RejectedRow(row.line(), row.designation(), row.problems()));
                continue;
            }
            ParcelFacts facts = row.facts();
            if (!seen.add(facts.designation().strip().toLowerCase(Locale.ROOT))) {
                rejected.add(new ParcelImportReport.RejectedRow(row.line(), row.designation(),
                        List.of("designation: appears more than once in the file")));
                continue;
            }
            var existing = parcels.findByMunicipalityAndDesignationIgnoreCase(municipality, facts.designation().strip());
            if (existing.isPresent()) {
                existing.get().describe(facts, clock.instant());
                updated++;
            } else {
                parcels.save(new Parcel(municipality, facts, clock.instant()));
                created++;
            }
        }
        return new ParcelImportReport(rows.size(), created, updated, List.copyOf(rejected));
    }

    private void requireFreeDesignation(String municipality, String designation, UUID self) {
        parcels.findByMunicipalityAndDesignationIgnoreCase(municipality, designation.strip())
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new ConflictException("parcel-duplicate", other.getDesignation());
                });
    }

    Parcel find(UUID id, CurrentUser user) {
        return parcels.findById(id).filter(parcel -> parcel.getMunicipality().equals(user.municipality()))
                .orElseThrow(() -> new NotFoundException("parcel-not-found"));
    }
}
