package org.etablering.permit;

import org.etablering.cases.CaseKind;
import org.etablering.cases.CaseStatuses;
import org.springframework.stereotype.Component;

/** Tells the register which stages a permit may be in. */
@Component
class PermitStatuses extends CaseStatuses {

    PermitStatuses() {
        super(CaseKind.PERMIT, PermitStatus.class);
    }
}
