package org.etablering.paging;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Query strings for the addresses of further pages. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * The parameters that have a value, each encoded as a form value (a "+" in a search stays a "+", a space
     * becomes one), in the order given.
     */
    public static String query(Map<String, Object> parameters) {
        return parameters.entrySet().stream().filter(parameter -> parameter.getValue() != null)
                .map(parameter -> parameter.getKey() + "="
                        + URLEncoder.encode(String.valueOf(parameter.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
