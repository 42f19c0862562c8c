package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the service maps, tried by nobody and by each role: no user is 401, the wrong role
 * is 403, the right role gets past security (to an answer or to the endpoint's own refusal of an
 * empty body). The endpoints are read from the service's own mappings, so a new one is covered.
 */
@LedgerServiceTest
class AccessTest {

    private static final Set<TestUsers> EVERYONE = EnumSet.allOf(TestUsers.class);
    private static final Set<TestUsers> RECORDERS = EnumSet.of(TestUsers.RECORDER, TestUsers.CLERK);
    private static final Set<TestUsers> AUDITORS = EnumSet.of(TestUsers.AUDITOR, TestUsers.CLERK);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String base;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
    }

    private record Endpoint(RequestMethod method, String path, Set<TestUsers> allowed) {
    }

    @Test
    void eachRoleCanDoWhatItShouldOnEveryApiEndpointAndNothingElse() throws Exception {
        List<Endpoint> endpoints = apiEndpoints();
        assertThat(endpoints).extracting(Endpoint::path)
                .contains("/api/decisions", "/api/commands/establish-governance-body", "/api/admin/replay");

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            expect(wrong, endpoint, LedgerHttp.anonymous(base), "nobody", 401);
            for (TestUsers user : TestUsers.values()) {
                int status = send(new LedgerHttp(base, user), endpoint);
                boolean allowed = endpoint.allowed().contains(user);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + user + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAndPagesSendNobodyToSignIn() throws Exception {
        assertThat(LedgerHttp.as(base, "viewer", "not-the-password").get("/api/decisions").status()).isEqualTo(401);

        LedgerHttp.Response page = LedgerHttp.anonymous(base).get("/timeline", "text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(new LedgerHttp(base, TestUsers.VIEWER).get("/timeline", "text/html").status()).isEqualTo(200);
        assertThat(LedgerHttp.anonymous(base).get("/actuator/health").status()).as("liveness needs no user").isEqualTo(200);
        assertThat(new LedgerHttp(base, TestUsers.VIEWER).get("/integrity", "text/html").status()).isEqualTo(403);
        assertThat(new LedgerHttp(base, TestUsers.AUDITOR).get("/integrity", "text/html").status()).isEqualTo(200);
    }

    private void expect(List<String> wrong, Endpoint endpoint, LedgerHttp http, String who, int expected) throws Exception {
        int status = send(http, endpoint);
        if (status != expected) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " as " + who + ": " + status + ", not " + expected);
        }
    }

    private static int send(LedgerHttp http, Endpoint endpoint) throws Exception {
        return endpoint.method() == RequestMethod.POST ? http.postRaw(endpoint.path(), "").status()
                : http.get(endpoint.path()).status();
    }

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods().forEach(method ->
                        endpoints.add(new Endpoint(method, concrete(pattern), allowed(method, pattern))))));
        return endpoints;
    }

    /** The policy, as the issue states it. */
    private static Set<TestUsers> allowed(RequestMethod method, String pattern) {
        if (pattern.startsWith("/api/commands/")) {
            return RECORDERS;
        }
        if (method == RequestMethod.GET && (pattern.startsWith("/api/integrity/proof/") || Set.of("/api/integrity/checkpoint",
                "/api/integrity/receipt", "/api/integrity/public-key").contains(pattern))) {
            return EVERYONE; // a reader keeps receipts and checks proofs without trusting the ledger
        }
        if (pattern.startsWith("/api/admin/") || pattern.startsWith("/api/integrity/") || pattern.startsWith("/api/export")) {
            return AUDITORS;
        }
        return method == RequestMethod.GET ? EVERYONE : EnumSet.noneOf(TestUsers.class);
    }

    private static String concrete(String pattern) {
        return pattern.replace("{name}", "establish-governance-body").replace("{aggregateId}", "bch-strategic-alliance")
                .replace("{eventId}", "no-such-event");
    }
}
