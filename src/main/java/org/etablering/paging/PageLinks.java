package org.etablering.paging;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/** The addresses of a list's other pages: the request's own, with only the page position changed. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * {@code path} with the request's query as the client sent it (filters, sort, limit), and {@code after} set to
     * {@code cursor}, or left out for the first page ({@code cursor} null).
     */
    public static String at(String path, HttpServletRequest request, String cursor) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(path).query(request.getQueryString());
        if (cursor == null) {
            address.replaceQueryParam("after");
        } else {
            address.replaceQueryParam("after", cursor);
        }
        return address.build().toUriString();
    }
}
