package org.allianceledger.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.allianceledger.command.RecordingMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A failure that no other handler answers is the service's fault, not the client's: a 500 problem
 * whose {@code correlationId} (the request's {@value RecordingMetadata#CORRELATION_HEADER}, else a
 * new one) is logged beside the stack trace, so that whoever reports it can be matched to its cause.
 * Last in order, after Spring Boot's handler of the framework's own rejections (a wrong method, an
 * unknown path); a page's fault is answered by {@link PageFaultAdvice} the same way, as a page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ServiceFaultAdvice {

    private static final Logger log = LoggerFactory.getLogger(ServiceFaultAdvice.class);

    static final String CORRELATION_ID = "correlationId";

    @ExceptionHandler(Exception.class)
    ProblemDetail fault(Exception e, HttpServletRequest request) {
        String correlationId = logged(e, request);
        // The id stays out of the detail: a client's id could look like a class name, which the detail never names.
        ProblemDetail problem = ProblemDetailsAdvice.problem(HttpStatus.INTERNAL_SERVER_ERROR, "service-fault", "Service fault",
                ProblemDetailsInWords.SERVICE_FAULT + ": quote its correlationId when reporting it", null);
        problem.setProperty(CORRELATION_ID, correlationId);
        return problem;
    }

    /** Logs {@code e} with its stack trace under the request's correlation id (or a new one), which it answers. */
    static String logged(Exception e, HttpServletRequest request) {
        String sent = request.getHeader(RecordingMetadata.CORRELATION_HEADER);
        String correlationId = RecordingMetadata.isClientId(sent) ? sent : UUID.randomUUID().toString();
        log.error("{} {} failed in the service, correlation id {}", request.getMethod(), request.getRequestURI(), correlationId, e);
        return correlationId;
    }
}
