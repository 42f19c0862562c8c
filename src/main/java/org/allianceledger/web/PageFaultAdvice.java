package org.allianceledger.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that fails for the service's own fault shows the ledger's error page with the correlation id
 * its stack trace is logged under, as the API's problem carries it ({@link ServiceFaultAdvice}).
 * Last in order, after the pages' own rejections ({@link PageErrorAdvice}).
 */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageFaultAdvice {

    @ExceptionHandler(Exception.class)
    ModelAndView fault(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof ErrorResponse) {
            throw e; // the framework's own rejection (a missing parameter, say): Spring answers it with its status
        }
        ModelAndView page = PageErrorAdvice.page(HttpStatus.INTERNAL_SERVER_ERROR, null);
        page.addObject(ServiceFaultAdvice.CORRELATION_ID, ServiceFaultAdvice.logged(e, request));
        return page;
    }
}
