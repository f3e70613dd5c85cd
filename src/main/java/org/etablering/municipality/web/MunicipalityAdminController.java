package org.etablering.municipality.web;

import java.util.Map;
import org.etablering.municipality.Municipalities;
import org.etablering.municipality.MunicipalityProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Configuration: which municipalities this deployment serves, their country and service norms. */
@RestController
class MunicipalityAdminController {

    private final Municipalities municipalities;

    MunicipalityAdminController(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/api/v1/admin/municipalities")
    Map<String, MunicipalityProperties.Municipality> municipalities() {
        return municipalities.configuration();
    }
}
