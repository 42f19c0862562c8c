package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.Filter;

/**
 * The service's own filter chains answer a paused sign-in: 429 problem+json to Basic, "paused" on the sign-in page
 * to the form. Requests come from documentation addresses (RFC 5737) under a user name no other test uses, so the
 * pauses they start touch no other test sharing this service. And {@code /actuator/health} names the store's port
 * and file to auditors only.
 */
@LedgerServiceTest
class SignInPausesOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @LocalServerPort
    int port;

    private MockMvc mvc;
    private final String guessedName = "mallory-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security).build();
    }

    @Test
    void theApiAnswersAPausedSignIn429ProblemWithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("/api/decisions", guessedName, "guess-" + i, "203.0.113.10").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse paused = basic("/api/decisions", guessedName, "guess-5", "203.0.113.10");

        assertThat(paused.getStatus()).isEqualTo(429);
        assertThat(paused.getHeader("Retry-After")).isEqualTo("300");
        assertThat(paused.getContentType()).startsWith("application/problem+json");
        assertThat(LedgerHttp.JSON.readTree(paused.getContentAsString()).get("type").asText()).endsWith("/sign-in-paused");
        assertThat(basic("/timeline", guessedName, "guess-6", "203.0.113.10").getStatus()).as("pages' Basic too").isEqualTo(429);
    }

    @Test
    void theSignInPageSaysPlainlyThatSignInIsPaused() throws Exception {
        String address = "203.0.113.11";
        MvcResult form = mvc.perform(get("/login").with(from(address))).andReturn();
        MockHttpSession session = (MockHttpSession) form.getRequest().getSession();
        Matcher token = CSRF.matcher(form.getResponse().getContentAsString());
        assertThat(token.find()).isTrue();

        String redirect = null;
        for (int i = 0; i < 6; i++) {
            redirect = mvc.perform(post("/login").with(from(address)).session(session).param("_csrf", token.group(1))
                    .param("username", guessedName).param("password", "guess-" + i)).andReturn().getResponse().getRedirectedUrl();
            assertThat(redirect).endsWith(i < 5 ? "/login?error" : "/login?paused");
        }
        String page = mvc.perform(get("/login?paused").with(from(address))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sign-in is paused for a while");
    }

    @Test
    void healthShowsTheStoresDetailsToAuditorsOnly() throws Exception {
        String base = "http://127.0.0.1:" + port;

        for (LedgerHttp notAnAuditor : List.of(LedgerHttp.anonymous(base), new LedgerHttp(base, TestUsers.VIEWER),
                new LedgerHttp(base, TestUsers.RECORDER))) {
            var health = notAnAuditor.get("/actuator/health").json();
            assertThat(health.get("status").asText()).isEqualTo("UP");
            // The probe groups' names may stay: they say nothing of the store.
            assertThat(health.has("components")).isFalse();
            assertThat(health.toString()).doesNotContain("port", "dataFile", "mv.db");
        }

        var details = new LedgerHttp(base, TestUsers.AUDITOR).get("/actuator/health").json().at("/components/store/details");
        assertThat(details.get("port").asInt()).isPositive();
        assertThat(details.get("dataFile").asText()).endsWith(".mv.db");
    }

    private MockHttpServletResponse basic(String path, String user, String password, String address) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return mvc.perform(get(path).with(from(address)).header("Authorization", "Basic " + credentials)).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
