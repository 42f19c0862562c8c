package org.allianceledger.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Stands in for bcrypt: matches "{test}" + the password, and counts how often it was asked. */
class CountingEncoder implements PasswordEncoder {

    final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence raw) {
        return "{test}" + raw;
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        checks.incrementAndGet();
        return encoded.equals(encode(raw));
    }
}
