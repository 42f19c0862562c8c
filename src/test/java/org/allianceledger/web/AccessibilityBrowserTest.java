package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.support.Browser;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core, run in Debian's chromium on every page as a recorder sees it (the recording links included),
 * on the sign-in page, and on every recording form empty, refused and at "Check your answers": no
 * serious or critical violation anywhere. Every finding is listed at once, page by page.
 */
@LedgerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    /** Every recording form, each with an answer that passes the checks it makes before "Check your answers". */
    static final List<String> FORMS = List.of("record-recommendation-progress", "change-recommendation-status", "approve-business-case",
            "sign-section22-agreement", "defer-collaboration", "correct-savings-entry");

    @LocalServerPort
    int port;

    private Browser browser;
    private final Map<String, List<String>> found = new LinkedHashMap<>();

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open("http://127.0.0.1:" + port).signIn(TestUsers.RECORDER);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void noPageHasASeriousOrCriticalViolation() throws IOException {
        try (Browser stranger = Browser.open("http://127.0.0.1:" + port)) {
            check(stranger.go("/login"), "sign-in");
        }
        for (String page : List.of("/", "/timeline", "/agreements", "/business-cases", "/functions", "/savings?asOf=2019-04-01",
                "/recommendations", "/disagreements", "/proofs", "/record")) {
            check(browser.go(page), page);
        }
        browser.go("/timeline?asOf=2019-04-01&q=Athena");
        browser.click(browser.find("#decisions tbody tr a"));
        check(browser, "a decision's page");
        check(browser.go("/savings?knownAt=last+Tuesday"), "a page with a refused filter");
        check(browser.go("/timeline/no-such-decision"), "the error page");

        for (String form : FORMS) {
            check(browser.go("/record/" + form), form);
            browser.submit("#record-form");
            assertThat(browser.find("#error-summary").isDisplayed()).as(form + " sent empty").isTrue();
            check(browser, form + " refused");
        }

        assertThat(found).as("axe-core's serious and critical violations, by page").isEmpty();
    }

    @Test
    void theCheckYourAnswersPageHasNoSeriousOrCriticalViolation() {
        browser.go("/record/record-recommendation-progress?recommendation=ce-strategic-alliance-review-2019/4")
                .type("#note", "Checked by axe-core, not recorded").type("#year", "2026").type("#document", "CE Strategic Alliance Review, Apr 2019")
                .type("#paragraph", "§5").submit("#record-form");
        assertThat(browser.text("h1")).isEqualTo("Check your answers before recording");
        browser.accessible("Check your answers");
    }

    private void check(Browser page, String what) {
        List<String> violations = page.seriousViolations();
        if (!violations.isEmpty()) {
            found.put(what + " (" + page.path() + ")", violations);
        }
    }
}
