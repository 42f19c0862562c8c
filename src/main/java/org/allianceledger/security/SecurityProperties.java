package org.allianceledger.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.users[i].username / .password / .roles}. A password is a bcrypt hash
 * ({@code {bcrypt}$2a$...}) or, for tests only, {@code {noop}plain}.
 *
 * @param rememberedPasswords how many verified credentials to remember, so that HTTP Basic does not
 *                            pay for bcrypt on every request ({@link RememberedPasswords})
 */
@ConfigurationProperties("ledger.security")
public record SecurityProperties(List<User> users, int generatedPasswordLength, int rememberedPasswords) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, Set<LedgerRole> roles) {
    }
}
