package org.etablering.insight;

import java.time.LocalDate;

/** Which inquiries a dashboard figure stands for; at most one criterion is set. */
public record CaseFilter(String status, String function, LocalDate openedWeek, LocalDate closedWeek,
                         LocalDate closedSince) {

    /** The filter as query parameters of the case list, for links and the CSV export. */
    public String query() {
        if (status != null) {
            return "status=" + status;
        }
        if (function != null) {
            return "function=" + function;
        }
        if (openedWeek != null) {
            return "openedWeek=" + openedWeek;
        }
        if (closedWeek != null) {
            return "closedWeek=" + closedWeek;
        }
        return closedSince != null ? "closedSince=" + closedSince : "";
    }
}
