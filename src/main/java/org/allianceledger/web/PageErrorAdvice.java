package org.allianceledger.web;

import org.allianceledger.alliance.InvalidInput;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked for with a bad date or filter, or for a record that does not exist, answers with a page
 * that says so. The same template ({@code error.html}) is Spring Boot's error page for whatever else
 * goes wrong on a page (a role that may not see it, no such page, a fault), in place of its Whitelabel page.
 */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    static final String VIEW = "error";

    @ExceptionHandler(InvalidInput.class)
    ModelAndView invalid(InvalidInput e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.describe(e));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView badParameters(BindException e) {
        return page(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.describe(e));
    }

    @ExceptionHandler(NotRecordedException.class)
    ModelAndView notFound(NotRecordedException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase()); // the names Spring Boot's error page uses
        page.addObject("message", message);
        return page;
    }
}
