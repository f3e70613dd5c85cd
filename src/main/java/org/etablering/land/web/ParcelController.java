package org.etablering.land.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.land.ParcelFacts;
import org.etablering.land.ParcelImportReport;
import org.etablering.land.ParcelInventory;
import org.etablering.land.ParcelMapper;
import org.etablering.land.ParcelSearch;
import org.etablering.land.ParcelStatus;
import org.etablering.land.ParcelView;
import org.etablering.land.Zoning;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The land inventory: officials search it; administrators keep it, by hand or by CSV import. */
@RestController
@RequestMapping("/api/v1/parcels")
class ParcelController {

    private final ParcelInventory inventory;
    private final ParcelMapper mapper;

    ParcelController(ParcelInventory inventory, ParcelMapper mapper) {
        this.inventory = inventory;
        this.mapper = mapper;
    }

    /** Without a status only available parcels are found. */
    @GetMapping
    List<ParcelView> search(@RequestParam(required = false) Integer minSizeSqm,
                            @RequestParam(required = false) String area,
                            @RequestParam(required = false) Set<Zoning> zoning,
                            @RequestParam(required = false) BigDecimal minPowerMw,
                            @RequestParam(required = false) Boolean railAccess,
                            @RequestParam(required = false) Set<ParcelStatus> status,
                            CurrentUser user) {
        return mapper.toViews(inventory.search(new ParcelSearch(minSizeSqm, area, zoning, minPowerMw, railAccess, status),
                user));
    }

    @GetMapping("/{id}")
    ParcelView get(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(inventory.get(id, user));
    }

    @PostMapping
    ResponseEntity<ParcelView> create(@Valid @RequestBody ParcelFacts facts, CurrentUser user) {
        ParcelView created = mapper.toView(inventory.create(facts, user));
        return ResponseEntity.created(URI.create("/api/v1/parcels/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ParcelView update(@PathVariable UUID id, @Valid @RequestBody ParcelFacts facts, CurrentUser user) {
        return mapper.toView(inventory.update(id, facts, user));
    }

    @PostMapping("/{id}/retire")
    ParcelView retire(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(inventory.retire(id, user));
    }

    @PostMapping("/{id}/sold")
    ParcelView sold(@PathVariable UUID id, CurrentUser user) {
        return mapper.toView(inventory.sold(id, user));
    }

    /** A CSV file as the body; the report lists every rejected row with its line and reasons. */
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ParcelImportReport importCsv(@RequestBody String csv, CurrentUser user) {
        return inventory.importCsv(csv, user);
    }
}
