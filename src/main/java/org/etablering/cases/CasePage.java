package org.etablering.cases;

import java.util.List;

/** One page of the register: the rows, how many match in all, and the cursor of the next page (null at the end). */
public record CasePage(List<CaseListing> items, long total, String next) {
}
