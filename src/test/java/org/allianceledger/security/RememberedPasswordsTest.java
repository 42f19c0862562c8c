package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RememberedPasswordsTest {

    @Test
    void aMatchedPasswordIsCheckedOnceAndAWrongOneEveryTime() {
        CountingEncoder slow = new CountingEncoder();
        RememberedPasswords passwords = new RememberedPasswords(slow, 16);

        assertThat(passwords.matches("right", "{test}right")).isTrue();
        assertThat(passwords.matches("right", "{test}right")).isTrue();
        assertThat(slow.checks).hasValue(1);

        assertThat(passwords.matches("wrong", "{test}right")).isFalse();
        assertThat(passwords.matches("wrong", "{test}right")).isFalse();
        assertThat(slow.checks).hasValue(3);

        assertThat(passwords.matches("right", "{test}other")).as("remembered per stored hash").isFalse();
    }

    @Test
    void aFullMemoryStartsAgainRatherThanGrowing() {
        CountingEncoder slow = new CountingEncoder();
        RememberedPasswords passwords = new RememberedPasswords(slow, 2);

        passwords.matches("a", "{test}a");
        passwords.matches("b", "{test}b");
        passwords.matches("c", "{test}c");
        passwords.matches("a", "{test}a");

        assertThat(slow.checks).hasValue(4);
    }
}
