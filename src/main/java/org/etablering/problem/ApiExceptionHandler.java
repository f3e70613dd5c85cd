package org.etablering.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves the API as an RFC 9457 problem ({@code application/problem+json}); invalid fields
 * are listed under {@code errors}. Nothing internal (stack traces, SQL) ever reaches the client.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemTexts texts;

    ApiExceptionHandler(ProblemTexts texts) {
        this.texts = texts;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        return ResponseEntity.badRequest().body(invalid(request, fields, "fields-invalid",
                fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (mapping instanceof com.fasterxml.jackson.databind.exc.InvalidNullException) {
                return ResponseEntity.badRequest().body(invalid(request,
                        List.of(new FieldProblem(field, "must not hold empty items")), "field-null-item", field));
            }
            if (mapping instanceof UnrecognizedPropertyException) {
                return ResponseEntity.badRequest().body(invalid(request,
                        List.of(new FieldProblem(field, "is not a known field", "unknown", null)), "field-unknown", field));
            }
            return ResponseEntity.badRequest().body(invalid(request,
                    List.of(new FieldProblem(field, "has a value of the wrong type or an unknown value")),
                    "field-wrong-type", field));
        }
        return ResponseEntity.badRequest().body(invalid(request, List.of(), "body-unreadable"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = texts.of(HttpStatus.BAD_REQUEST, "parameter-invalid", request, e.getName());
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "has an invalid value")));
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        ProblemDetail problem = texts.of(HttpStatus.BAD_REQUEST, e, request);
        problem.setProperty("errors", texts.fields(e.fields(), request));
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return texts.of(HttpStatus.NOT_FOUND, e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return texts.of(HttpStatus.CONFLICT, e, request);
    }

    /** Two people changed the same thing at once; the one who came second may look again and retry. */
    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    ProblemDetail changedMeanwhile(org.springframework.dao.OptimisticLockingFailureException e,
                                   HttpServletRequest request) {
        return texts.of(HttpStatus.CONFLICT, "changed-meanwhile", request);
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e, HttpServletRequest request) {
        ProblemDetail problem = texts.of(HttpStatus.UNPROCESSABLE_ENTITY, e, request);
        if (!e.fields().isEmpty()) {
            problem.setProperty("errors", texts.fields(e.fields(), request));
        }
        return problem;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e, HttpServletRequest request) {
        return texts.of(HttpStatus.FORBIDDEN, e, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return texts.of(HttpStatus.FORBIDDEN, "not-allowed", request);
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException e, HttpServletRequest request) {
        return unavailable(texts.of(HttpStatus.SERVICE_UNAVAILABLE, e, request));
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (PassingFault.isDatabaseFault(e)) {
            log.warn("The database cannot be reached: {}", e.getMessage());
            return unavailable(texts.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", request));
        }
        log.error("Unexpected error", e);
        return texts.of(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected", request);
    }

    /** A quick 503 that says when to try again, instead of a hung request or a 500. */
    static ResponseEntity<ProblemDetail> unavailable(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    private ProblemDetail invalid(WebRequest request, List<FieldProblem> fields, String code, Object... arguments) {
        HttpServletRequest servlet = ((org.springframework.web.context.request.ServletWebRequest) request).getRequest();
        ProblemDetail problem = texts.of(HttpStatus.BAD_REQUEST, code, servlet, arguments);
        problem.setProperty("errors", texts.fields(fields, servlet));
        return problem;
    }
}
