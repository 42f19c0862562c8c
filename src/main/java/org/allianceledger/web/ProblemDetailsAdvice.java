package org.allianceledger.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.command.CommandTooLargeException;
import org.allianceledger.command.ExpectedVersion;
import org.allianceledger.command.IdempotencyConflictException;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.command.StaleVersionException;
import org.allianceledger.command.UnknownCommandException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every rejected request answers with an RFC 9457 problem: 400 malformed input (with the {@code field}
 * to blame where there is one), 404 unknown aggregate, 409 concurrency conflict or duplicate, 412 an
 * aggregate not at the version a command's {@code If-Match} expects, 413 a command body over the limit,
 * 422 business rule. A rejected command has
 * written nothing: validation and rules run before any event is applied. Only the ledger's own
 * exceptions are answered as the client's mistake; anything else is the service's ({@link ServiceFaultAdvice}).
 */
@RestControllerAdvice
// Before Spring Boot's generic problem handler, whose details name no parameter; after the pages' own advice.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ProblemDetailsAdvice {

    private static final String TYPE_BASE = "https://allianceledger.org/problems/";

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail malformed(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", readableCause(e), null);
    }

    @ExceptionHandler(MalformedCommandException.class)
    ProblemDetail malformedCommand(MalformedCommandException e) {
        return problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", e.getMessage(), e.field());
    }

    @ExceptionHandler(CommandTooLargeException.class)
    ProblemDetail tooLarge(CommandTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large", e.getMessage(), null);
    }

    @ExceptionHandler(UnknownCommandException.class)
    ProblemDetail unknownCommand(UnknownCommandException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-command", "Unknown command", e.getMessage(), null);
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", e.getMessage(), e.field());
    }

    /** A query parameter that is not of its type: {@code ?force=XYZ}, {@code ?from=2015-13-01}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(e), e.getName());
    }

    static String describe(MethodArgumentTypeMismatchException e) {
        return "Parameter " + e.getName() + " cannot be '" + e.getValue() + "'";
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail badParameters(BindException e) {
        String field = e.getFieldError() == null ? null : e.getFieldError().getField();
        return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(e), field);
    }

    static String describe(BindException e) {
        return e.getFieldError() == null ? "Invalid query parameters"
                : "Parameter " + e.getFieldError().getField() + " cannot be '" + e.getFieldError().getRejectedValue() + "'";
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail rule(RuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Rule violated", e.getMessage(), e.field());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-aggregate", "Unknown aggregate",
                "Nothing has been recorded under the id '" + e.getAggregateIdentifier() + "'", null);
    }

    /**
     * Ids are unique across every kind of record, so a command for one kind naming another kind's id
     * finds events its aggregate cannot take: for that kind, nothing is recorded under the id.
     */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ProblemDetail anotherKindsId(IncompatibleAggregateException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-aggregate", "Unknown aggregate",
                "The id names another kind of record: nothing of the kind this command changes is recorded under it", null);
    }

    /** A duplicate create raises AggregateStreamCreationException, a lost race ConcurrencyException: both are conflicts. */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "Another decision was recorded for this aggregate first, or it already exists: " + e.getMessage(), null);
    }

    /** With the aggregate's version now as the answer's entity tag, if it exists. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.PRECONDITION_FAILED);
        e.current().ifPresent(version -> answer.eTag(ExpectedVersion.etag(version)));
        return answer.body(problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Precondition failed", e.getMessage(), null));
    }

    /**
     * Nothing at this address. A browser asking for a page gets the ledger's error page; any other
     * client a problem (Spring's own detail names a "static resource", which says nothing to a client).
     */
    @ExceptionHandler(NoResourceFoundException.class)
    Object nothingHere(NoResourceFoundException e, HttpServletRequest request) {
        String message = "There is nothing at " + request.getRequestURI();
        if (wantsPage(request)) {
            return PageErrorAdvice.page(HttpStatus.NOT_FOUND, message);
        }
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", message, null);
    }

    /** A method the address does not answer: a browser gets the ledger's error page, any other client Spring's problem. */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        e.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return wantsPage(request) ? PageErrorAdvice.page(HttpStatus.METHOD_NOT_ALLOWED, null)
                : ResponseEntity.status(e.getStatusCode()).body(e.getBody());
    }

    private static boolean wantsPage(HttpServletRequest request) {
        List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
        return accepted.stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail idempotencyConflict(IdempotencyConflictException e) {
        return problem(HttpStatus.CONFLICT, "idempotency-conflict", "Idempotency key conflict", e.getMessage(), null);
    }

    private static String readableCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Spring's own message names the handler method and the Java type it reads into.
        return root instanceof InvalidInput ? root.getMessage() : "The request body could not be read";
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
