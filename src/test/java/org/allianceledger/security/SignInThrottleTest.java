package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * HTTP Basic sign-ins through the service's own pieces (the throttle, the password provider, remembered and bounded
 * password checks, the 429 answer), on a clock the test moves: no waiting, whatever the machine's load.
 */
class SignInThrottleTest {

    /** The shipped defaults, as application.yml has them. */
    static final SignInProperties SETTINGS = new SignInProperties(
            new SignInProperties.Limit(5, Duration.ofMinutes(1), Duration.ofMinutes(15)),
            new SignInProperties.Limit(5, Duration.ofMinutes(5), Duration.ofHours(1)),
            Duration.ofMinutes(15), 10_000, 2, Duration.ofSeconds(2));

    private static final String ATTACKER = "198.51.100.66";
    private static final String OFFICE = "192.0.2.10";

    private final TestClock clock = new TestClock();
    private final CountingEncoder bcrypt = new CountingEncoder();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private BasicAuthenticationFilter basic;

    @BeforeEach
    void setUp() {
        PasswordEncoder encoder = new RememberedPasswords(new BoundedPasswordChecks(bcrypt, 2, Duration.ofSeconds(2)), 16);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("clerk").password(encoder.encode("right")).roles("RECORDER").build()));
        passwords.setPasswordEncoder(encoder);
        basic = new BasicAuthenticationFilter(new ProviderManager(new ThrottledSignIn(passwords, new SignInThrottle(SETTINGS, clock))),
                SignInPauses.basic());
        events.start();
        securityEvents().addAppender(events);
    }

    @AfterEach
    void tearDown() {
        securityEvents().detachAppender(events);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWith429UntilThePauseEnds() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("clerk", "guess-" + i, ATTACKER).getStatus()).isEqualTo(401);
        }

        MockHttpServletResponse refused = signIn("clerk", "right", ATTACKER);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("the address's pause, the longer").isEqualTo("300");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429", "sign-in-paused");

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(signIn("clerk", "right", ATTACKER).getStatus()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("clerk", "right", ATTACKER).getStatus()).isEqualTo(200);
    }

    @Test
    void theUsersPauseIsShorterThanTheAttackersSoTheUserGetsInFromElsewhere() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("clerk", "guess-" + i, ATTACKER);
        }
        assertThat(signIn("clerk", "right", OFFICE).getStatus()).as("the user is paused too, for a minute").isEqualTo(429);

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("clerk", "right", OFFICE).getStatus()).isEqualTo(200);
        assertThat(signIn("clerk", "guess-5", ATTACKER).getStatus()).as("the attacker's address is still paused").isEqualTo(429);
    }

    @Test
    void guessingManyNamesFromOneAddressDoesNotPauseAUserElsewhere() throws Exception {
        for (String name : List.of("admin", "root", "auditor", "recorder", "clerk")) {
            assertThat(signIn(name, "password", ATTACKER).getStatus()).isEqualTo(401);
        }
        assertThat(signIn("admin", "password", ATTACKER).getStatus()).isEqualTo(429);
        assertThat(signIn("clerk", "right", ATTACKER).getStatus()).isEqualTo(429);

        assertThat(signIn("clerk", "right", OFFICE).getStatus()).isEqualTo(200);
    }

    @Test
    void aPausedAttemptDoesNotCheckItsPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("clerk", "guess-" + i, ATTACKER);
        }
        assertThat(bcrypt.checks).hasValue(5);

        for (int i = 0; i < 100; i++) {
            assertThat(signIn("clerk", "guess-" + i, ATTACKER).getStatus()).isEqualTo(429);
        }
        assertThat(bcrypt.checks).hasValue(5);
    }

    @Test
    void eachFailurePastTheLimitDoublesThePauseUpToItsCap() {
        SignInThrottle throttle = new SignInThrottle(SETTINGS, clock);
        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Duration pause = throttle.failed("clerk", "192.0.2." + (100 + i)).userPause();
            pauses.add(pause.toSeconds());
            clock.advance(pause);
        }
        assertThat(pauses).containsExactly(0L, 0L, 0L, 0L, 60L, 120L, 240L, 480L, 900L, 900L);

        clock.advance(SETTINGS.forgetAfter());
        assertThat(throttle.failed("clerk", OFFICE).userPause()).as("forgotten after a quiet while").isZero();
    }

    @Test
    void aSuccessfulSignInClearsTheUsersCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            signIn("clerk", "guess-" + i, "192.0.2." + (100 + i));
        }
        assertThat(signIn("clerk", "right", OFFICE).getStatus()).isEqualTo(200);
        for (int i = 4; i < 8; i++) {
            signIn("clerk", "guess-" + i, "192.0.2." + (100 + i));
        }
        assertThat(signIn("clerk", "right", OFFICE).getStatus()).as("four failures since the success, not eight").isEqualTo(200);
    }

    @Test
    void failuresPausesAndRefusalsAreLoggedAsSecurityEventsWithoutThePassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            signIn("clerk", "secret-guess-" + i, ATTACKER);
        }
        signIn("clerk", "right", ATTACKER);

        List<String> logged = events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(events.list).allSatisfy(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
        assertThat(logged).filteredOn(line -> line.startsWith("Sign-in failed")).hasSize(5)
                .allSatisfy(line -> assertThat(line).contains("'clerk'", ATTACKER));
        assertThat(logged).contains("Sign-in paused for 60 s for user 'clerk' after 5 failures in a row",
                "Sign-in paused for 300 s from " + ATTACKER + " after 5 failures in a row",
                "Sign-in refused unchecked, paused for 300 s more: user 'clerk' from " + ATTACKER);
        assertThat(logged).noneMatch(line -> line.contains("secret-guess") || line.contains("right"));
    }

    @Test
    void aUserNameCannotBreakTheLogsLines() throws Exception {
        signIn("clerk\nSign-in succeeded: user 'admin'", "x", ATTACKER);

        assertThat(events.list.get(0).getFormattedMessage()).doesNotContain("\n").contains("clerk?Sign-in succeeded");
    }

    @Test
    void atMostTheConfiguredNumberOfPasswordChecksRunAtOnce() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder slow = new CountingEncoder() {
            @Override
            public boolean matches(CharSequence raw, String encoded) {
                checking.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.matches(raw, encoded);
            }
        };
        BoundedPasswordChecks bounded = new BoundedPasswordChecks(slow, 1, Duration.ZERO);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> bounded.matches("right", "{test}right"));
        assertThat(checking.await(1, TimeUnit.MINUTES)).isTrue();
        assertThatThrownBy(() -> bounded.matches("right", "{test}right")).isInstanceOf(SignInPausedException.class);
        release.countDown();
        assertThat(first.get(1, TimeUnit.MINUTES)).isTrue();
        assertThat(bounded.matches("right", "{test}right")).as("the slot is free again").isTrue();
    }

    @Test
    void eachScopeTracksAtMostTheConfiguredNumberOfKeys() {
        SignInProperties two = new SignInProperties(new SignInProperties.Limit(1, Duration.ofMinutes(1), Duration.ofMinutes(1)),
                new SignInProperties.Limit(100, Duration.ofMinutes(1), Duration.ofMinutes(1)), Duration.ofMinutes(15), 2, 1,
                Duration.ZERO);
        SignInThrottle throttle = new SignInThrottle(two, clock);

        throttle.failed("a", OFFICE);
        throttle.failed("b", OFFICE);
        assertThat(throttle.pause("a", OFFICE)).isEqualTo(Duration.ofMinutes(1));
        throttle.failed("c", OFFICE);

        assertThat(throttle.pause("a", OFFICE)).as("recently seen, kept").isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.pause("b", OFFICE)).as("the least recently seen, dropped").isZero();
        assertThat(throttle.pause("C", OFFICE)).as("names match regardless of case").isEqualTo(Duration.ofMinutes(1));
    }

    private MockHttpServletResponse signIn(String user, String password, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/decisions");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            basic.doFilter(request, response, new MockFilterChain());
        } finally {
            SecurityContextHolder.clearContext();
        }
        return response;
    }

    private static Logger securityEvents() {
        return (Logger) LoggerFactory.getLogger(ThrottledSignIn.EVENTS);
    }

    /** A clock that moves only when told. */
    private static final class TestClock extends Clock {

        private Instant now = Instant.parse("2024-01-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
