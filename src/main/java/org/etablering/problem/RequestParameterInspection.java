package org.etablering.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Looks through the query parameters and form fields of every request (multipart fields included) before
 * anything else runs: text with control characters or dates out of range are refused with {@code 400},
 * naming the field, and the request goes no further. The answer is built by the error endpoint, as a problem
 * for the API and as the localized error page for the web.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestParameterInspection extends OncePerRequestFilter {

    /** The request attribute with the refused fields, for the error endpoint. */
    public static final String REFUSED_FIELDS = RequestParameterInspection.class.getName() + ".refused";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                CleanText.problemIn(parameter.getKey()).ifPresent(problem ->
                        problems.add(new FieldProblem(CleanText.cleaned(parameter.getKey()), "name " + problem)));
                for (String value : parameter.getValue()) {
                    CleanText.problemIn(value).ifPresent(problem ->
                            problems.add(new FieldProblem(CleanText.cleaned(parameter.getKey()), problem)));
                }
            }
        } catch (IllegalStateException unreadableUpload) {
            // an upload over the size limits: the multipart resolver reports it properly further on
        }
        if (!problems.isEmpty()) {
            request.setAttribute(REFUSED_FIELDS, problems.stream().distinct().toList());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
