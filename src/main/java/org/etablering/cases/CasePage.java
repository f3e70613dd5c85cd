package org.etablering.cases;

import java.util.List;

/**
 * One page of the register: the rows, how many match in all, and the cursor of the next page (null at the end).
 * The first page counts no further than itself: {@code total} is its rows, exact when it holds every match. Later
 * pages count the matches up to {@link #COUNTED_AT_MOST}, for at most 50 ms. Beyond either, {@code totalExact} is false
 * ("more than …"), since counting every match of a region's million cases would cost more than the page itself.
 */
public record CasePage(List<CaseListing> items, long total, boolean totalExact, String next) {

    public static final int COUNTED_AT_MOST = 200;
}
