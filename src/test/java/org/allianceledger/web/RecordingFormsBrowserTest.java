package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.allianceledger.support.Browser;
import org.allianceledger.support.FormSession;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;

/**
 * A recorder records through the forms in a real browser (Debian's chromium), from the entry point on
 * each register page: every form refused empty, with a malformed date and with a rule broken, each time
 * showing the error summary, keeping what was typed and recording nothing; then "Check your answers",
 * "Record", and the entry at once on its decision page, on the timeline and on its register page.
 * axe-core checks every state for serious and critical violations; each leaves a screenshot under
 * {@code target/screenshots/}. Entries are dated 2026, so the shipped history's pages as of 2015-2020,
 * which other tests read, stay as they were.
 */
@LedgerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingFormsBrowserTest {

    private static final String CE = "ce-strategic-alliance-review-2019";
    private static final String SOURCE = "CE Strategic Alliance Review, Apr 2019";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Browser recorder;

    @BeforeAll
    void openBrowser() throws IOException {
        recorder = Browser.open(base()).signIn(TestUsers.RECORDER);
    }

    @AfterAll
    void closeBrowser() {
        recorder.close();
    }

    @Test
    void aBusinessCaseApprovalFromTheBusinessCasesPage() {
        String token = token();
        recorder.go("/business-cases").click("Record a business case’s approval");
        assertThat(recorder.path()).isEqualTo("/record/approve-business-case");
        shown("record-approve-business-case");

        refusedEmpty("record-approve-business-case");

        recorder.choose("#function", "ict").type("#title", "Browser-approved case " + token).type("#camAmount", "£250,000")
                .type("#camYear", "2026/27");
        decision(token, "13");
        refused("record-approve-business-case-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#title")).isEqualTo("Browser-approved case " + token);
        assertThat(recorder.value("#camAmount")).isEqualTo("£250,000");
        assertThat(recorder.value("#function")).isEqualTo("ict");

        recorder.type("#month", "6").type("#title", "Firearms licensing");
        refused("record-approve-business-case-refused-rule", "#title", "already recorded under the id 'bc-firearms-licensing'");
        assertThat(recorder.find("#title").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .as("the message beside the title").contains("already recorded");

        recorder.type("#title", "Browser-approved case " + token);
        checked("record-approve-business-case", "Browser-approved case " + token, "£250,000 in 2026/27");
        recorder.click(recorder.find("#summary .summary-row[data-field='title'] button"));
        assertThat(recorder.path()).as("Change lands on the field").isEqualTo("/record/approve-business-case#title");
        assertThat(recorder.value("#title")).as("Change goes back to the form as typed").isEqualTo("Browser-approved case " + token);
        assertThat(recorder.all("#error-summary")).isEmpty();
        checked("record-approve-business-case", "Browser-approved case " + token);
        recorded("record-approve-business-case", token, "Browser-approved case " + token);

        recorder.go("/business-cases");
        assertThat(recorder.text("#bc-browser-approved-case-" + token.toLowerCase())).contains("Browser-approved case " + token, "£250,000");
    }

    @Test
    void aSection22SignatureFromTheAgreementsPage() {
        String token = token();
        recorder.go("/agreements");
        WebElement sign = recorder.all("a[href*='/record/sign-section22-agreement?']").stream()
                .filter(link -> !link.getAttribute("href").matches(".*(information-management&party=her-cc|custody&party=cam-cc).*"))
                .findFirst().orElseThrow();
        String agreement = sign.getAttribute("href").replaceAll(".*agreement=([^&]+).*", "$1");
        String party = sign.getAttribute("href").replaceAll(".*party=([^&]+).*", "$1");
        recorder.click(sign);
        assertThat(recorder.value("#agreement")).isEqualTo(agreement);
        assertThat(recorder.value("#party")).isEqualTo(party);
        shown("record-sign-section22-agreement");

        refusedEmpty("record-sign-section22-agreement");
        assertThat(recorder.value("#party")).isEqualTo(party);

        recorder.type("#signatory", "A. Browser " + token);
        decision(token, "13");
        refused("record-sign-section22-agreement-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#signatory")).isEqualTo("A. Browser " + token);

        recorder.type("#month", "").type("#year", "2010");
        refused("record-sign-section22-agreement-refused-rule", "#year", "precedes the draft");
        assertThat(recorder.value("#agreement")).isEqualTo(agreement);

        recorder.type("#year", "2026");
        checked("record-sign-section22-agreement", "A. Browser " + token);
        recorded("record-sign-section22-agreement", token, "A. Browser " + token);

        recorder.go("/agreements");
        assertThat(recorder.text("#" + agreement + " .signatures")).contains("A. Browser " + token, "2026");
    }

    @Test
    void aCollaborationDeferralFromTheFunctionsPage() {
        String token = token();
        recorder.go("/functions");
        WebElement defer = recorder.all("a[href*='/record/defer-collaboration?function=']").stream()
                .filter(link -> !link.getAttribute("href").matches(".*function=(able-erp|custody)$")).findFirst().orElseThrow();
        String function = defer.getAttribute("href").replaceAll(".*function=", "");
        recorder.click(defer);
        assertThat(recorder.value("#function")).isEqualTo(function);
        shown("record-defer-collaboration");

        refusedEmpty("record-defer-collaboration");

        recorder.type("#reviewCondition", "Until the browser test " + token + " is reviewed").type("#reviewYear", "2027");
        decision(token, "13");
        refused("record-defer-collaboration-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#reviewCondition")).isEqualTo("Until the browser test " + token + " is reviewed");

        recorder.type("#month", "6").choose("#function", "public-contact");
        refused("record-defer-collaboration-refused-rule", "#function", "");
        assertThat(recorder.value("#function")).isEqualTo("public-contact");
        assertThat(recorder.value("#reviewYear")).isEqualTo("2027");

        recorder.choose("#function", function);
        checked("record-defer-collaboration", "Until the browser test " + token + " is reviewed", "2027");
        recorded("record-defer-collaboration", token, "Until the browser test " + token + " is reviewed");

        recorder.go("/functions");
        assertThat(recorder.text("tr[data-function='" + function + "'] .state")).startsWith("deferred")
                .contains("Until the browser test " + token + " is reviewed");
    }

    @Test
    void recommendationProgressAndAStatusChangeFromTheRecommendationsBoard() {
        String token = token();
        recorder.go("/recommendations?review=" + CE).click("Record progress on 3a");
        assertThat(recorder.value("#recommendation")).isEqualTo(CE + "/3a");
        shown("record-recommendation-progress-form");

        refusedEmpty("record-recommendation-progress");

        recorder.type("#note", "Progress typed in the browser " + token);
        decision(token, "13");
        refused("record-recommendation-progress-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#note")).isEqualTo("Progress typed in the browser " + token);

        recorder.type("#month", "6");
        checked("record-recommendation-progress", "Progress typed in the browser " + token);
        recorded("record-recommendation-progress", token, "Progress typed in the browser " + token);
        recorder.go("/recommendations?review=" + CE);
        assertThat(recorder.text("table.board tr[data-number='3a'] ul.steps")).contains("Progress typed in the browser " + token);

        String statusToken = token();
        recorder.click("Change status of 3b");
        assertThat(recorder.value("#recommendation")).isEqualTo(CE + "/3b");
        shown("record-change-recommendation-status");

        refusedEmpty("record-change-recommendation-status");

        recorder.choose("#status", "IMPLEMENTED");
        decision(statusToken, "13");
        refused("record-change-recommendation-status-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#status")).isEqualTo("IMPLEMENTED");

        recorder.type("#month", "6").choose("#status", "VERIFIED_BY_INTERNAL_AUDIT");
        refused("record-change-recommendation-status-refused-rule", "#status", "cannot go from OPEN to VERIFIED_BY_INTERNAL_AUDIT");

        recorder.choose("#status", "IMPLEMENTED");
        checked("record-change-recommendation-status", "implemented");
        recorded("record-change-recommendation-status", statusToken, "implemented");
        recorder.go("/recommendations?review=" + CE);
        assertThat(recorder.text("table.board tr[data-number='3b'] .status")).isEqualTo("implemented");
    }

    @Test
    void aSavingsCorrectionFromItsEntryOnTheSavingsPage() throws Exception {
        String token = token();
        String entry = ownEntry();
        recorder.go("/savings?force=CAM");
        recorder.click(recorder.find("#savings-entries tr[data-entry='" + entry + "'] a"));
        assertThat(recorder.value("#entry")).isEqualTo(entry);
        assertThat(recorder.value("#amount")).isEqualTo("1000.00");
        shown("record-correct-savings-entry");

        recorder.type("#amount", "");
        refusedEmpty("record-correct-savings-entry");

        recorder.type("#amount", "1000.00").type("#reason", "Mistyped in the browser " + token);
        decision(token, "13");
        refused("record-correct-savings-entry-refused-date", "#year", "A date is written");
        assertThat(recorder.value("#reason")).isEqualTo("Mistyped in the browser " + token);

        recorder.type("#month", "6");
        refused("record-correct-savings-entry-refused-rule", "#amount", "changes nothing");
        assertThat(recorder.value("#amount")).isEqualTo("1000.00");

        recorder.type("#amount", "1,234.56");
        checked("record-correct-savings-entry", "£1,234.56", "Mistyped in the browser " + token);
        recorded("record-correct-savings-entry", token, "Mistyped in the browser " + token);

        recorder.go("/savings?force=CAM");
        String ledger = entry.substring(0, entry.indexOf('/'));
        assertThat(recorder.texts("#savings-entries tr[data-entry^='" + ledger + "/']")).singleElement().asString()
                .contains("£1,234.56", "(corrected)");
    }

    /** The empty form as its entry point shows it: axe-core, and a screenshot. */
    private void shown(String screenshot) {
        recorder.accessible(screenshot).screenshot(screenshot);
    }

    /** The form sent with no decision answered: refused, recording nothing. */
    private void refusedEmpty(String form) {
        refused(form + "-refused-empty", null, "");
    }

    /**
     * Sends the form as it stands: refused, with the error summary linking to {@code field} (any field,
     * when null) and the message beside it, and nothing recorded.
     */
    private void refused(String screenshot, String field, String message) {
        long before = FormSession.storedEvents(database);
        recorder.submit("#record-form");
        assertThat(recorder.find("#error-summary").isDisplayed()).as(screenshot).isTrue();
        assertThat(recorder.text("#refused-message")).as(screenshot).contains(message);
        String href = recorder.find("#refused-message a").getAttribute("href");
        String blamed = href.substring(href.indexOf('#'));
        if (field != null) {
            assertThat(blamed).as(screenshot).isEqualTo(field);
        }
        assertThat(recorder.all(blamed)).as("the summary links to a field of the form").hasSize(1);
        assertThat(recorder.all(".field-refused .field-message")).as("the message beside the field").isNotEmpty();
        assertThat(recorder.all("#record-form")).hasSize(1);
        assertThat(FormSession.storedEvents(database)).as(screenshot + ": nothing recorded").isEqualTo(before);
        recorder.accessible(screenshot).screenshot(screenshot);
    }

    /** The decision's own answers: a date (the month as given), the body that carries the test's token, the source. */
    private void decision(String token, String month) {
        recorder.type("#day", "").type("#month", month).type("#year", "2026").type("#body", "Browser test board " + token)
                .type("#document", SOURCE).type("#paragraph", "§5").type("#quote", "Quoted by a browser test");
    }

    /** Continue: "Check your answers" lists {@code answers}, records nothing, and passes axe-core. */
    private void checked(String form, String... answers) {
        long before = FormSession.storedEvents(database);
        recorder.submit("#record-form");
        assertThat(recorder.text("h1")).isEqualTo("Check your answers before recording");
        assertThat(recorder.text("#summary")).contains(answers).contains(SOURCE, "Change");
        assertThat(FormSession.storedEvents(database)).as("the check page records nothing").isEqualTo(before);
        recorder.accessible(form + " check").screenshot(form + "-check");
    }

    /** Record: one event more, its decision page, and the decision on the timeline at once. */
    private void recorded(String form, String token, String shown) {
        long before = FormSession.storedEvents(database);
        recorder.submit("#check-form");
        assertThat(recorder.path()).startsWith("/timeline/");
        assertThat(FormSession.storedEvents(database)).isEqualTo(before + 1);
        assertThat(recorder.text("#content")).contains(shown, "Browser test board " + token, "by recorder");
        recorder.accessible(form + " recorded").screenshot(form + "-recorded");

        recorder.go("/timeline?q=" + token);
        assertThat(recorder.text("#result-count")).isEqualTo("1 decision");
        assertThat(recorder.text("#decisions tbody tr")).contains("2026");
    }

    /** A savings ledger and entry of the test's own, through the API, dated 2026: {@code ledgerId/entryId}. */
    private String ownEntry() throws Exception {
        String ledger = "browser-savings-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> decision = Map.of("decidedOn", "2026", "source", Map.of("document", SOURCE, "paragraph", "§1",
                "quote", "Quoted by a browser test"));
        LedgerHttp api = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(api.post("/api/commands/open-savings-ledger",
                Map.of("ledgerId", ledger, "functionId", "ict", "name", "Browser test", "decision", decision)).status()).isLessThan(300);
        assertThat(api.post("/api/commands/record-budget-reduction", Map.of("ledgerId", ledger, "entryId", "cam-2026-27", "force", "CAM",
                "fiscalYear", "2026/27", "amount", new BigDecimal("100000").longValue(), "recurrent", true, "decision", decision))
                .status()).isLessThan(300);
        return ledger + "/cam-2026-27";
    }

    private static String token() {
        return "Bt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

}
