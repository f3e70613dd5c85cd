package org.etablering.land;

import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages a land request may be in. */
@Component
class LandRequestStatuses extends CaseStatuses {

    LandRequestStatuses() {
        super(CaseKind.LAND_REQUEST, LandRequestStatus.class);
    }
}
