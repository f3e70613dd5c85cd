package org.etablering.insight;

import java.util.List;

/**
 * One page of the cases behind a dashboard figure, newest first, and where the next page starts (null at the end;
 * a {@link org.etablering.paging.PageCursor} on submission moment and id). A figure can stand for tens of thousands of
 * a region's cases; a page is what a person reads.
 */
public record CaseRows(List<CaseRow> rows, String next) {

    public static final int PAGE = 50;
}
