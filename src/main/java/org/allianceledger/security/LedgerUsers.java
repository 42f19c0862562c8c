package org.allianceledger.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.allianceledger.store.StoreProperties;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The users from configuration. On the embedded default with none configured, a recorder and an
 * auditor with random passwords, printed once the ledger is ready ({@link StartNotice}); against an external MongoDB, none
 * configured is a refusal to start, since a shared record must not be open to generated accounts.
 */
final class LedgerUsers {

    private static final String BCRYPT_PREFIX = "$2";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LedgerUsers() {
    }

    /** @param notice learns the users generated, if any, to print them once the ledger is ready */
    static InMemoryUserDetailsManager from(SecurityProperties properties, StoreProperties store, PasswordEncoder encoder,
                                           StartNotice notice) {
        List<SecurityProperties.User> users = properties.users();
        if (users.isEmpty()) {
            if (store.mongodb().external()) {
                throw new IllegalStateException("No users are configured: set ledger.security.users[i].username, .password "
                        + "(a bcrypt hash) and .roles when the ledger runs against an external MongoDB");
            }
            users = generated(properties.generatedPasswordLength(), encoder, notice);
        }
        List<UserDetails> details = new ArrayList<>();
        for (SecurityProperties.User user : users) {
            if (user.username() == null || user.username().isBlank() || user.password() == null || user.roles() == null
                    || user.roles().isEmpty()) {
                throw new IllegalStateException("Each configured user needs a username, a password and at least one role: " + user.username());
            }
            details.add(User.withUsername(user.username())
                    .password(user.password().startsWith(BCRYPT_PREFIX) ? "{bcrypt}" + user.password() : user.password())
                    .roles(user.roles().stream().map(Enum::name).toArray(String[]::new))
                    .build());
        }
        return new InMemoryUserDetailsManager(details);
    }

    /** Remembered credentials first; only a password not remembered waits for one of the bounded bcrypt checks. */
    static PasswordEncoder passwordEncoder(int rememberedPasswords, SignInProperties signIn) {
        return new RememberedPasswords(new BoundedPasswordChecks(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                signIn.concurrentPasswordChecks(), signIn.passwordCheckWait()), rememberedPasswords);
    }

    private static List<SecurityProperties.User> generated(int length, PasswordEncoder encoder, StartNotice notice) {
        String recorder = randomPassword(length);
        String auditor = randomPassword(length);
        notice.generatedUsers(List.of(new StartNotice.GeneratedUser("recorder", recorder, "RECORDER: records decisions, reads"),
                new StartNotice.GeneratedUser("auditor", auditor, "AUDITOR: reads, verifies, exports, replays")));
        return List.of(new SecurityProperties.User("recorder", encoder.encode(recorder), Set.of(LedgerRole.RECORDER)),
                new SecurityProperties.User("auditor", encoder.encode(auditor), Set.of(LedgerRole.AUDITOR)));
    }

    private static String randomPassword(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
    }
}
