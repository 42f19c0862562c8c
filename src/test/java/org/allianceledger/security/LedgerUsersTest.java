package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.allianceledger.store.StoreProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class LedgerUsersTest {

    private static final PasswordEncoder ENCODER = LedgerUsers.passwordEncoder(16, SignInThrottleTest.SETTINGS);

    private static StoreProperties store(String uri) {
        return new StoreProperties(new StoreProperties.Mongodb(uri, "ledger", null, null), null, null);
    }

    @Test
    void anExternalStoreWithNoUsersConfiguredRefusesToStart() {
        assertThatThrownBy(() -> LedgerUsers.from(new SecurityProperties(List.of(), 20, 16), store("mongodb://db:27017"), ENCODER, new StartNotice()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ledger.security.users");
    }

    @Test
    void aConfiguredBcryptHashSignsInAndAUserWithoutARoleIsRefused() {
        String hash = ENCODER.encode("s3cret").substring("{bcrypt}".length());
        var users = LedgerUsers.from(new SecurityProperties(List.of(
                new SecurityProperties.User("pcc-office", hash, Set.of(LedgerRole.VIEWER))), 20, 16), store(""), ENCODER, new StartNotice());

        var user = users.loadUserByUsername("pcc-office");
        assertThat(ENCODER.matches("s3cret", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_VIEWER");
        assertThatThrownBy(() -> LedgerUsers.from(new SecurityProperties(List.of(
                new SecurityProperties.User("nobody", "{noop}x", Set.of())), 20, 16), store(""), ENCODER, new StartNotice()))
                .hasMessageContaining("at least one role");
    }
}
