package org.allianceledger.security;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a few password hashes checked at once. bcrypt takes about 0.1 s of a core on purpose; unbounded, clients
 * guessing from many addresses at once (each still under its own limit) could keep every core busy and slow every
 * other request. A check waits briefly, in turn, for a free slot; past that the sign-in is refused as paused.
 * Encoding (hashing the generated users' passwords at start-up) is not bounded.
 */
final class BoundedPasswordChecks implements PasswordEncoder {

    /** A slot frees within a bcrypt's time: asking again a second later is enough. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordEncoder delegate;
    private final Semaphore slots;
    private final Duration wait;

    BoundedPasswordChecks(PasswordEncoder delegate, int concurrentChecks, Duration wait) {
        this.delegate = delegate;
        this.slots = new Semaphore(concurrentChecks, true);
        this.wait = wait;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInPausedException(RETRY_AFTER);
        }
        if (!acquired) {
            throw new SignInPausedException(RETRY_AFTER);
        }
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            slots.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
