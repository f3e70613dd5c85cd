package org.etablering.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.etablering.problem.FieldProblem;
import org.etablering.problem.ProblemTexts;
import org.etablering.problem.RequestParameterInspection;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that leaves the servlet container rather than a controller (a refused parameter, a malformed
 * request, an upload over the limit, a path that does not exist, {@code /error} itself): a problem
 * ({@code application/problem+json}) for the API, the localized error page with a way back for the web.
 * Nothing internal is shown.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final ProblemTexts texts;

    ErrorEndpoint(ProblemTexts texts) {
        this.texts = texts;
    }

    private static final Set<Integer> PAGES = Set.of(400, 403, 404, 409, 500, 503);

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is just a page that does not exist
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : HttpStatus.NOT_FOUND;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        @SuppressWarnings("unchecked")
        List<FieldProblem> fields = (List<FieldProblem>) request.getAttribute(RequestParameterInspection.REFUSED_FIELDS);
        if (uri.startsWith("/api/") || uri.startsWith("/actuator") || uri.startsWith("/v3/")) {
            ProblemDetail problem = fields == null ? texts.of(status, codeOf(status), request)
                    : texts.of(status, "fields-not-allowed", request,
                    String.join(", ", fields.stream().map(FieldProblem::field).distinct().toList()));
            problem.setInstance(null);
            if (fields != null) {
                problem.setProperty("errors", texts.fields(fields, request));
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        int shown = PAGES.contains(status.value()) ? status.value() : status.is5xxServerError() ? 500 : 400;
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("status", shown);
        return page;
    }

    private static String codeOf(HttpStatus status) {
        return switch (status.series()) {
            case CLIENT_ERROR -> status == HttpStatus.NOT_FOUND ? "not-found"
                    : status == HttpStatus.UNAUTHORIZED ? "unauthenticated"
                    : status == HttpStatus.FORBIDDEN ? "not-allowed" : "request-invalid";
            default -> "unexpected";
        };
    }
}
