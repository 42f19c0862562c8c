package org.allianceledger.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * How a paused sign-in is answered: to HTTP Basic, 429 problem+json with Retry-After (any other failure still the
 * usual 401 challenge); to the sign-in form, the form again, saying that sign-in is paused for a while.
 */
final class SignInPauses {

    private static final String PAUSED_PAGE = "/login?paused";
    private static final String FAILED_PAGE = "/login?error";
    private static final String PROBLEM = """
            {"type":"https://allianceledger.org/problems/sign-in-paused","title":"Sign-in paused","status":429,\
            "detail":"Too many failed sign-ins for this user or from this address: sign-in is paused. Try again in %d s."}""";

    private SignInPauses() {
    }

    static AuthenticationEntryPoint basic() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm"); // what Spring Security names it by default
        return (request, response, failure) -> {
            if (failure instanceof SignInPausedException paused) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(paused.retryAfterSeconds()));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(PROBLEM.formatted(paused.retryAfterSeconds()));
            } else {
                challenge.commence(request, response, failure);
            }
        };
    }

    static AuthenticationFailureHandler form() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(SignInPausedException.class.getName(), PAUSED_PAGE));
        handler.setDefaultFailureUrl(FAILED_PAGE);
        return handler;
    }
}
