package org.allianceledger.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Failed sign-ins counted per user name and per client address. Past a scope's limit every further failure pauses
 * that name or address, for a period that doubles up to a cap; while paused, an attempt is refused before its
 * password is looked at, so guessing costs the service nothing once it is paused. Memory is bounded: each scope
 * tracks at most {@code tracked} keys, the least recently used dropped first, and forgets a key once it has been
 * quiet for {@code forgetAfter}.
 */
final class SignInThrottle {

    /** Where a failure leaves each scope: how many in a row, and how long it is now paused (zero: not paused). */
    record Failure(int userFailures, Duration userPause, int addressFailures, Duration addressPause) {
    }

    private final Scope users;
    private final Scope addresses;
    private final Clock clock;

    SignInThrottle(SignInProperties properties, Clock clock) {
        this.users = new Scope(properties.user(), properties.forgetAfter(), properties.tracked());
        this.addresses = new Scope(properties.address(), properties.forgetAfter(), properties.tracked());
        this.clock = clock;
    }

    /** How long this user, from this address, must wait before trying again; zero when they may try now. */
    Duration pause(String user, String address) {
        Instant now = clock.instant();
        Duration userPause = users.pause(userKey(user), now);
        Duration addressPause = addresses.pause(address, now);
        return userPause.compareTo(addressPause) >= 0 ? userPause : addressPause;
    }

    Failure failed(String user, String address) {
        Instant now = clock.instant();
        Tally byUser = users.fail(userKey(user), now);
        Tally byAddress = addresses.fail(address, now);
        return new Failure(byUser.failures(), Duration.between(now, byUser.pausedUntil()), byAddress.failures(),
                Duration.between(now, byAddress.pausedUntil()));
    }

    /** The user's failures are forgotten; the address's are not, or an attacker with one account could clear them. */
    void succeeded(String user) {
        users.forget(userKey(user));
    }

    /**
     * The user details service matches names regardless of case, so the count must too. A name can be as long as a
     * request allows: only its start is kept, to bound memory.
     */
    private static String userKey(String user) {
        String name = user == null ? "" : user;
        return name.substring(0, Math.min(name.length(), 256)).toLowerCase(Locale.ROOT);
    }

    private record Tally(int failures, Instant last, Instant pausedUntil) {
    }

    private static final class Scope {

        /** 2^30 times any sensible first pause is far past any sensible cap. */
        private static final int MAX_DOUBLINGS = 30;

        private final SignInProperties.Limit limit;
        private final Duration forgetAfter;
        private final Map<String, Tally> entries;

        Scope(SignInProperties.Limit limit, Duration forgetAfter, int tracked) {
            this.limit = limit;
            this.forgetAfter = forgetAfter;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                    return size() > tracked;
                }
            };
        }

        synchronized Duration pause(String key, Instant now) {
            Tally tally = current(key, now);
            return tally == null || !tally.pausedUntil().isAfter(now) ? Duration.ZERO : Duration.between(now, tally.pausedUntil());
        }

        synchronized Tally fail(String key, Instant now) {
            Tally before = current(key, now);
            int failures = before == null ? 1 : before.failures() + 1;
            Tally after = new Tally(failures, now, now.plus(pauseAfter(failures)));
            entries.put(key, after);
            return after;
        }

        synchronized void forget(String key) {
            entries.remove(key);
        }

        private Tally current(String key, Instant now) {
            Tally tally = entries.get(key);
            if (tally != null && !now.isBefore(latest(tally.last(), tally.pausedUntil()).plus(forgetAfter))) {
                entries.remove(key);
                return null;
            }
            return tally;
        }

        private Duration pauseAfter(int failures) {
            if (failures < limit.failures()) {
                return Duration.ZERO;
            }
            Duration pause = limit.lockout().multipliedBy(1L << Math.min(failures - limit.failures(), MAX_DOUBLINGS));
            return pause.compareTo(limit.maxLockout()) > 0 ? limit.maxLockout() : pause;
        }

        private static Instant latest(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
