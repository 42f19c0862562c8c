package org.allianceledger.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A read's parameters (point in time, filters, paging) come from its URL and a form's fields only. Spring also binds
 * request headers into such parameter objects where the URL names no parameter of the name: a header {@code asOf},
 * {@code subject} or {@code limit} (a proxy's, a client library's) changed what a read answered, unseen in its URL.
 * Looking every header up was also a tenth of a register read's time on its thread.
 */
@ControllerAdvice
class UrlParametersOnly {

    @InitBinder
    void noHeaders(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder servlet) {
            servlet.setHeaderPredicate(header -> false);
        }
    }
}
