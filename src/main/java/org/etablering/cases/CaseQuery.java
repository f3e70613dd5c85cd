package org.etablering.cases;

import java.time.LocalDate;

/**
 * What an official or a company asks of the register: the filters (each may be left out), the order,
 * how many rows and where the previous page ended ({@code after}, the cursor the last page returned).
 */
public record CaseQuery(CaseKind kind, String status, Boolean open, String q, String owner, Boolean confidential,
                        LocalDate openedFrom, LocalDate openedTo, CaseSort sort, int limit, String after,
                        String function, Boolean overdue) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Without the function and overdue filters. */
    public CaseQuery(CaseKind kind, String status, Boolean open, String q, String owner, Boolean confidential,
                     LocalDate openedFrom, LocalDate openedTo, CaseSort sort, int limit, String after) {
        this(kind, status, open, q, owner, confidential, openedFrom, openedTo, sort, limit, after, null, null);
    }
}
