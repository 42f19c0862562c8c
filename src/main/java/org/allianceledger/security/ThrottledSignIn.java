package org.allianceledger.security;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in, by HTTP Basic or by the form, passes here: refused unchecked while its user name or client address
 * is paused ({@link SignInThrottle}), otherwise checked by the password provider, its outcome counted. Failures,
 * pauses and refusals are logged as security events, with the user name and address and never the password.
 * The address is the one the servlet sees: a proxy's own, unless {@code server.forward-headers-strategy} says
 * to trust its {@code X-Forwarded-For}.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    static final String EVENTS = "org.allianceledger.security.events";
    private static final Logger events = LoggerFactory.getLogger(EVENTS);
    private static final int PRINTED_NAME_LENGTH = 64;

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        Duration pause = throttle.pause(user, address);
        if (!pause.isZero()) {
            events.warn("Sign-in refused unchecked, paused for {} s more: user '{}' from {}", pause.toSeconds(),
                    printable(user), address);
            throw new SignInPausedException(pause);
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(user);
            return signedIn;
        } catch (BadCredentialsException e) {
            SignInThrottle.Failure failure = throttle.failed(user, address);
            events.warn("Sign-in failed: user '{}' from {} ({} failures in a row for this user, {} from this address)",
                    printable(user), address, failure.userFailures(), failure.addressFailures());
            if (!failure.userPause().isZero()) {
                events.warn("Sign-in paused for {} s for user '{}' after {} failures in a row", failure.userPause().toSeconds(),
                        printable(user), failure.userFailures());
            }
            if (!failure.addressPause().isZero()) {
                events.warn("Sign-in paused for {} s from {} after {} failures in a row", failure.addressPause().toSeconds(),
                        address, failure.addressFailures());
            }
            throw e;
        } catch (SignInPausedException e) {
            events.warn("Sign-in refused unchecked, every password check busy: user '{}' from {}", printable(user), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A user name is whatever a client sent: no line breaks or control characters into the log, and not too much of it. */
    private static String printable(String user) {
        String name = user == null ? "" : user;
        String shown = name.length() > PRINTED_NAME_LENGTH ? name.substring(0, PRINTED_NAME_LENGTH) + "..." : name;
        return shown.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
