package org.allianceledger.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt is slow on purpose, and HTTP Basic sends the password with every request: checked each
 * time, one core manages about ten requests a second. This remembers which password matched which
 * stored hash, as an HMAC under a key that lives only in this process, so a client that keeps
 * signing in with the same credentials pays for bcrypt once. A wrong password is never remembered.
 */
final class RememberedPasswords implements PasswordEncoder {

    private static final String HMAC = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final PasswordEncoder delegate;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Boolean> matched = new ConcurrentHashMap<>();

    RememberedPasswords(PasswordEncoder delegate, int capacity) {
        this.delegate = delegate;
        this.capacity = capacity;
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String remembered = fingerprint(rawPassword, encodedPassword);
        if (matched.containsKey(remembered)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (matched.size() >= capacity) {
                matched.clear(); // a crude bound: the cost is one bcrypt per client afterwards
            }
            matched.put(remembered, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
