package org.etablering.land;

import java.util.List;

/** What an import did: how many parcels were added and updated, and each rejected row with its reasons. */
public record ParcelImportReport(int rows, int created, int updated, List<RejectedRow> rejected) {

    public record RejectedRow(int line, String designation, List<String> problems) {
    }
}
