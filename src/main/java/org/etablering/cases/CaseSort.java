package org.etablering.cases;

/** How the case list is ordered: newest opened, most recently changed, or the nearest deadline first. */
public enum CaseSort {
    OPENED,
    UPDATED,
    DEADLINE
}
