package org.allianceledger.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.sign-in}: how repeated failed sign-ins are slowed and how much bcrypt work
 * may run at once ({@link SignInThrottle}, {@link BoundedPasswordChecks}).
 *
 * @param user                     failures allowed per user name before it is paused, and for how long
 * @param address                  the same per client address; stricter than per user, so that one attacker's
 *                                 address stays paused after the user it guessed at may sign in again
 * @param forgetAfter              failures are forgotten this long after the last one (or the end of its pause)
 * @param tracked                  at most this many user names, and as many addresses, are tracked at once
 * @param concurrentPasswordChecks at most this many password hashes are checked at once
 * @param passwordCheckWait        how long a sign-in waits for a free check before it is refused
 */
@ConfigurationProperties("ledger.security.sign-in")
public record SignInProperties(Limit user, Limit address, Duration forgetAfter, int tracked, int concurrentPasswordChecks,
        Duration passwordCheckWait) {

    /**
     * After {@code failures} failures in a row, each further one pauses sign-in for {@code lockout}, doubled for every
     * failure past the limit, up to {@code maxLockout}.
     */
    public record Limit(int failures, Duration lockout, Duration maxLockout) {
    }
}
