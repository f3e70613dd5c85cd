package org.etablering.retention.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.etablering.retention.Retention;
import org.etablering.retention.RetentionPreview;
import org.etablering.retention.RetentionProperties;
import org.etablering.retention.RetentionRun;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For administrators: the retention rules in force, what a run would erase, and the runs so far. */
@RestController
class RetentionApi {

    private final Retention retention;
    private final Clock clock;

    RetentionApi(Retention retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/retention/rules")
    List<RetentionProperties.Rule> rules() {
        return retention.rules();
    }

    /** What a run would erase now, or on a later day ({@code at=2028-12-31}) to see what is coming. */
    @GetMapping("/api/v1/admin/retention/preview")
    RetentionPreview preview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        Instant moment = at == null ? clock.instant() : at.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return retention.preview(moment);
    }

    @GetMapping("/api/v1/admin/retention/runs")
    List<RetentionRun> runs() {
        return retention.runs();
    }
}
