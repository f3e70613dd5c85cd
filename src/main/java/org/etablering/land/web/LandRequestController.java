package org.etablering.land.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.etablering.identity.CurrentUser;
import org.etablering.land.LandActions;
import org.etablering.land.LandCaseFiles;
import org.etablering.land.LandCaseView;
import org.etablering.land.LandNeed;
import org.etablering.land.LandRequest;
import org.etablering.land.LandRequestStatus;
import org.etablering.land.LandRequests;
import org.etablering.land.ParcelInventory;
import org.etablering.land.ParcelMapper;
import org.etablering.land.ParcelView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Land requests: the company asks and answers offers; planning matches parcels and extends reservations. */
@RestController
@RequestMapping("/api/v1/land-requests")
class LandRequestController {

    record LandRequestSummary(UUID id, String caseNumber, String companyName, LandRequestStatus status,
                              Instant requestedAt) {
    }

    record Decline(@Size(max = 5000) String reason) {
    }

    record Extension(@NotNull @Min(1) @Max(24) Integer months, @NotBlank @Size(max = 2000) String reason) {
    }

    private final LandRequests requests;
    private final LandActions actions;
    private final LandCaseFiles files;
    private final ParcelInventory inventory;
    private final ParcelMapper parcels;

    LandRequestController(LandRequests requests, LandActions actions, LandCaseFiles files, ParcelInventory inventory,
                          ParcelMapper parcels) {
        this.requests = requests;
        this.actions = actions;
        this.files = files;
        this.inventory = inventory;
        this.parcels = parcels;
    }

    @PostMapping
    ResponseEntity<LandCaseView> request(@Valid @RequestBody LandNeed need, CurrentUser user) {
        LandRequest request = requests.request(need, user);
        return ResponseEntity.created(URI.create("/api/v1/land-requests/" + request.getId()))
                .body(files.of(request.getId(), user));
    }

    @GetMapping
    List<LandRequestSummary> list(CurrentUser user) {
        return requests.visibleTo(user).stream().map(r -> new LandRequestSummary(r.getId(), r.getCaseNumber(),
                r.getCompanyName(), r.getStatus(), r.getRequestedAt())).toList();
    }

    @GetMapping("/{id}")
    LandCaseView get(@PathVariable UUID id, CurrentUser user) {
        return files.of(id, user);
    }

    @GetMapping("/{id}/matching-parcels")
    List<ParcelView> matching(@PathVariable UUID id, CurrentUser user) {
        return parcels.toViews(inventory.matching(id, user));
    }

    @PostMapping("/{id}/offer/accept")
    LandCaseView accept(@PathVariable UUID id, CurrentUser user) {
        actions.accept(id, user);
        return files.of(id, user);
    }

    @PostMapping("/{id}/offer/decline")
    LandCaseView decline(@PathVariable UUID id, @Valid @RequestBody(required = false) Decline decline, CurrentUser user) {
        actions.decline(id, decline == null ? null : decline.reason(), user);
        return files.of(id, user);
    }

    /** The company withdraws its request before the allocation is decided; a held parcel is released. */
    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable UUID id,
                                  @Valid @RequestBody(required = false) org.etablering.cases.Withdrawal withdrawal,
                                  CurrentUser user) {
        actions.withdraw(id, withdrawal == null ? null : withdrawal.reasonOrEmpty(), user);
        return ResponseEntity.accepted().build();
    }

    @PostMapping("/{id}/reservation/extension")
    LandCaseView extend(@PathVariable UUID id, @Valid @RequestBody Extension extension, CurrentUser user) {
        actions.extend(id, extension.months(), extension.reason(), user);
        return files.of(id, user);
    }
}
