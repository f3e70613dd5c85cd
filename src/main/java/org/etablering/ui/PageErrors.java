package org.etablering.ui;

import org.etablering.problem.ConflictException;
import org.etablering.problem.ForbiddenException;
import org.etablering.problem.InvalidInputException;
import org.etablering.problem.NotFoundException;
import org.etablering.problem.PassingFault;
import org.etablering.problem.ServiceUnavailableException;
import org.etablering.problem.UnprocessableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the web pages as a page in the user's language, with the same status codes the API uses;
 * what is not the user's to see is "not found", and nothing internal is shown.
 */
@ControllerAdvice(annotations = WebPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict() {
        return page(HttpStatus.CONFLICT);
    }

    @ExceptionHandler({InvalidInputException.class, UnprocessableException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView invalid() {
        return page(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        if (e instanceof ServiceUnavailableException || PassingFault.isDatabaseFault(e)) {
            log.warn("A web page could not be served for now: {}", e.getMessage());
            return page(HttpStatus.SERVICE_UNAVAILABLE);
        }
        if (e instanceof org.springframework.web.ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            // a missing or malformed parameter, a wrong method, an upload over the limit: the request's fault
            return page(known.getStatusCode().value() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        }
        log.error("Unexpected error on a web page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView page(HttpStatus status) {
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        return page;
    }
}
