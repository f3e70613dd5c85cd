package org.etablering.task;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.etablering.identity.CurrentUser;

/**
 * Which cases a user may see, as the case register decides (confidential cases above all); a task of a case
 * the user may not see is not shown to them, even if it is for their group.
 */
public interface CaseVisibility {

    /** Those of the cases that the user may see. */
    Set<UUID> visibleAmong(Collection<UUID> caseIds, CurrentUser user);
}
