package org.allianceledger.web;

import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A problem's detail is written for the client. An exception's message from a library or the JDK
 * (Jackson's "Cannot construct instance of `org...`", a helpful NullPointerException's "Cannot
 * invoke ... because ...") can reach a detail and tell a stranger how the service is built: such a
 * detail, ours or Spring's, is replaced by a plain one and logged for whoever runs the service.
 */
@RestControllerAdvice
class ProblemDetailsInWords implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsInWords.class);

    /** A qualified class name, an exception's, an inner class's, a constant's, a method call, a quoted type, the JDK's "because". */
    private static final Pattern JAVA_NAMES = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]|\\w(Exception|Error)\\b"
            + "|\\w\\$\\w|\\b[A-Z]\\w+\\.[A-Z][A-Z_]+\\b|\\w\\.\\w+\\(|`|because \"");

    private static final String PLAIN = "The request cannot be processed as it was sent";
    /** A detail that says whose fault a failure is: the service's, however the request was sent. */
    static final String SERVICE_FAULT = "The service failed to answer this request; the fault is the service's, not the request's";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true; // a problem comes as a ProblemDetail or inside a ResponseEntity<Object>: the body itself tells
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem && problem.getDetail() == null) {
            problem.setDetail(plain(problem)); // every problem says something, if only whose fault it was
        } else if (body instanceof ProblemDetail problem && JAVA_NAMES.matcher(problem.getDetail()).find()) {
            log.info("{} {} answered {} with a plain detail instead of: {}", request.getMethod(), request.getURI().getPath(),
                    problem.getStatus(), problem.getDetail());
            problem.setDetail(plain(problem));
        }
        return body;
    }

    private static String plain(ProblemDetail problem) {
        return problem.getStatus() >= 500 ? SERVICE_FAULT : PLAIN;
    }
}
