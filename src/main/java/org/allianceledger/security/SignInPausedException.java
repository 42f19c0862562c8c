package org.allianceledger.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before its password was checked: too many failures, or every password check busy. */
final class SignInPausedException extends AuthenticationException {

    private final Duration retryAfter;

    SignInPausedException(Duration retryAfter) {
        super("Sign-in is paused for " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one: what Retry-After can say. */
    long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
