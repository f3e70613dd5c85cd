package org.etablering.cases;

import java.util.Set;

/** The stages a kind of case may be in; each kind tells the register its own, so filters can be checked. */
public interface CaseStatuses {

    CaseKind kind();

    Set<String> names();
}
