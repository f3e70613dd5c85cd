package org.etablering.task;

import java.util.Collection;
import java.util.Set;

/** Who may be given a task: officials of its municipality who are in one of its candidate groups. */
public interface EligibleAssignees {

    /** The user names of those officials. */
    Set<String> of(String municipality, Collection<String> candidateGroups);
}
