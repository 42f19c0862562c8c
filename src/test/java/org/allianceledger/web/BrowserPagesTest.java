package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.allianceledger.support.Browser;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page on the shipped history in a real browser (Debian's chromium): the filters and the
 * as-of control used as a reader uses them, the content checked, and a screenshot of each page
 * saved under {@code target/screenshots/}.
 */
@LedgerServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserPagesTest {

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = Browser.open("http://127.0.0.1:" + port).signIn(TestUsers.VIEWER);
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHomePageLeadsToEveryViewByName() {
        browser.go("/?asOf=2019-04-01");

        assertThat(browser.text("h1")).isEqualTo("The record of the BCH Strategic Alliance");
        assertThat(browser.text("#as-of-statement")).startsWith("As of 1 April 2019");
        assertThat(Integer.parseInt(browser.text("#decision-count"))).isGreaterThanOrEqualTo(149);
        assertThat(browser.texts("header nav a")).contains("Timeline", "Savings", "Recommendations", "Agreements",
                "Business cases", "Functions");
        assertThat(browser.all("script")).as("tables and forms work without JavaScript").isEmpty();
        assertThat(browser.text("#signed-in-as")).isEqualTo("viewer");
        browser.screenshot("home");

        browser.click("Savings");
        assertThat(browser.path()).isEqualTo("/savings?asOf=2019-04-01");
        assertThat(browser.text("#as-of-statement")).as("the date travels with the links").startsWith("As of 1 April 2019");
    }

    @Test
    void theTimelineFiltersByFunctionKindAndDatesAndOpensADecisionWithItsCitationAndEvents() {
        browser.go("/timeline?asOf=2019-04-01")
                .select("#function", "Public Contact")
                .select("#kind", "collaboration deferred")
                .date("#from", "2016-01-01")
                .date("#to", "2016-12-31")
                .submit("#filters");

        assertThat(browser.path()).contains("function=public-contact", "kind=collaboration-deferred", "from=2016-01-01",
                "asOf=2019-04-01");
        assertThat(browser.text("#result-count")).isEqualTo("1 decision");
        WebElement row = browser.find("#decisions tbody tr");
        assertThat(row.getText()).contains("September 2016", "Not named in the source").doesNotContain("inferred");
        browser.screenshot("timeline-filtered");

        browser.click("Collaboration of Public Contact deferred: A review post-delivery of Athena (to be reviewed from September 2018)");
        assertThat(browser.text("#about")).isEqualTo("Function: Public Contact");
        assertThat(browser.text("#function")).isEqualTo("Public Contact");
        assertThat(browser.text("#citation")).startsWith("Collaboration Update, 14 Dec 2017, §4.1 (Public Contact) (dated 14 December 2017)");
        assertThat(browser.text("#quote")).isEqualTo("It was agreed in September 2016 that collaboration of Public Contact would be "
                + "pushed back at least 2 years, subject to a review post-delivery of Athena.");
        assertThat(browser.text("#nature")).isEqualTo("A decision");
        assertThat(browser.text("#decided-on")).contains("September 2016", "stated by the source");
        assertThat(browser.text("#body")).isEqualTo("Not named in the source");
        assertThat(browser.text("#decided-by")).isEqualTo("Not named in the source");
        assertThat(browser.text("#decision")).contains("Recorder's note", "without naming who agreed");
        assertThat(browser.texts("#stream tbody tr td:nth-child(2)")).containsSubsequence(
                "CollaboratedFunctionProposed", "AppointmentRecorded", "CollaborationDeferred (this decision)", "CollaborationNotProceeded")
                .doesNotContain("FunctionWentLive");
        assertThat(browser.text("#payload")).contains("\"reviewCondition\" : \"A review post-delivery of Athena\"");
        assertThat(browser.texts("#stream tbody td:nth-child(6)")).allSatisfy(hash -> assertThat(hash).hasSize(17).endsWith("…"));
        browser.screenshot("decision");
    }

    @Test
    void theTimelineFindsAPersonOrOfficeAndText() {
        browser.go("/timeline?asOf=2019-04-01").type("#who", "BCH Chief Constables").type("#q", "proceed").submit("#filters");

        assertThat(browser.texts("#decisions tbody tr td:nth-child(3)")).isNotEmpty()
                .allSatisfy(deciders -> assertThat(deciders).contains("BCH Chief Constables"));
        assertThat(browser.texts("#decisions tbody tr td:nth-child(4)")).anySatisfy(summary ->
                assertThat(summary).contains("Public Contact not proceeded"));
    }

    @Test
    void theHeaderSearchFindsTheRecordAtThePagesDateAndTheTimelinePagesNewestFirst() {
        browser.go("/recommendations?asOf=2019-04-01").type("#site-search", "Athena").submit("form.site-search");

        assertThat(browser.path()).contains("/timeline?", "q=Athena", "asOf=2019-04-01");
        assertThat(browser.find("#q").getAttribute("value")).isEqualTo("Athena");
        assertThat(browser.text("#point-in-time-banner")).contains("It shows what was in force on 1 April 2019");
        assertThat(browser.texts("#decisions tbody tr td:nth-child(4)")).isNotEmpty()
                .allSatisfy(summary -> assertThat(summary).isNotBlank());
        browser.screenshot("search");

        browser.go("/timeline?asOf=2019-04-01&size=20");
        assertThat(browser.text("#page-position")).isEqualTo(", 1 to 20 shown, newest first");
        assertThat(browser.text("#decisions tbody tr td:first-child")).contains("2019");
        browser.click("Next page");
        assertThat(browser.path()).contains("size=20", "page=2", "asOf=2019-04-01");
        assertThat(browser.text("#page-position")).startsWith(", 21 to 40 shown");
    }

    @Test
    void asKnownAtShowsWhatTheRecordSaidThen() {
        browser.go("/timeline").type("#knownAt", "2000-01-01").submit("#filters");

        assertThat(browser.path()).contains("knownAt=2000-01-01");
        assertThat(browser.text("#as-of-statement")).contains("as the record stood at 1 Jan 2000, 23:59:59 UTC");
        assertThat(browser.text("#result-count")).isEqualTo("0 decisions");
        assertThat(browser.find("#no-decisions").isDisplayed()).isTrue();
    }

    @Test
    void theAsOfControlShowsTheAgreementsInForceAndEachPartysSignature() {
        browser.go("/agreements").date("#asOf", "2015-11-30").submit("form.controls");
        assertThat(browser.text("#as-of-statement")).startsWith("As of 30 November 2015");
        assertThat(browser.texts(".agreement .status")).doesNotContain("in force");

        browser.date("#asOf", "2015-12-31").submit("form.controls");
        assertThat(browser.path()).isEqualTo("/agreements?asOf=2015-12-31&knownAt=");
        assertThat(browser.texts("#s22-public-contact .signatures tbody th")).containsExactlyInAnyOrder(
                "Bedfordshire PCC", "Chief Constable of Bedfordshire", "Cambridgeshire PCC", "Chief Constable of Cambridgeshire",
                "Hertfordshire PCC", "Chief Constable of Hertfordshire");
        assertThat(browser.texts("#s22-public-contact .signatures tbody td:nth-child(3)")).containsOnly("December 2015");
        assertThat(browser.all(".agreement")).filteredOn(a -> a.getText().contains("In force from")).hasSize(3);
        browser.screenshot("agreements");
    }

    @Test
    void savingsShowForecastAgainstActualAsChartsAndTablesWithCostsBesideAndACsvDownload() throws Exception {
        browser.go("/savings?asOf=2019-04-01").select("#force", "Cambridgeshire Constabulary").select("#function", "ICT")
                .submit("#filters");

        assertThat(browser.text("#selection")).isEqualTo("Cambridgeshire Constabulary, ICT");
        assertThat(browser.texts("#savings-rows tbody tr")).last().asString()
                .contains("ICT", "Cambridgeshire", "2018/19", "£423,000", "£1,501,000").doesNotContain("CAM");
        assertThat(browser.text("#savings-totals tbody tr")).contains("£2,202,000", "£1,501,000", "-£701,000", "ICT business case v1");
        assertThat(browser.all("#savings-chart svg rect.actual")).hasSize(4);
        assertThat(browser.all("#savings-chart svg polyline")).hasSize(2);
        assertThat(browser.texts("#change-team-costs tbody tr")).last().asString().contains("2018/19", "£6,348,000");
        assertThat(browser.all("#costs-chart svg rect.cost")).hasSize(5);
        browser.screenshot("savings");

        String csv = browser.find("#csv-download").getAttribute("href");
        assertThat(csv).contains("/api/savings", "format=csv", "function=ict", "force=CAM");
        LedgerHttp.Response download = new LedgerHttp("http://127.0.0.1:" + port, TestUsers.VIEWER).get(csv.substring(csv.indexOf("/api")), "*/*");
        assertThat(download.body().lines()).first().asString().startsWith("function,force,fiscalYear");
        assertThat(download.body().lines()).hasSize(5);
    }

    @Test
    void underTheContentSecurityPolicyThePagesAreStyledAndTheApiDescriptionRenders() {
        browser.go("/savings?asOf=2019-04-01");
        assertThat(browser.find("#savings-chart svg polyline").getCssValue("fill")).as("the stylesheet applies to the chart")
                .isEqualTo("none");

        browser.go("/swagger-ui.html");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
        assertThat(browser.all(".opblock")).as("Swagger UI lists the operations").hasSizeGreaterThan(30);
        browser.screenshot("api-description");
    }

    @Test
    void theRecommendationsBoardShowsOwnersDueDatesOverdueAndHistoryPerReview() {
        browser.go("/recommendations").select("#review", "OPCC Chief Executives' Strategic Alliance Review")
                .date("#asOf", "2019-06-30").submit("#filters");

        assertThat(browser.all("section.review")).hasSize(1);
        assertThat(browser.all("table.board tbody tr")).hasSize(8);
        WebElement second = browser.find("table.board tr[data-number='2']");
        assertThat(second.getText()).contains("2019/20 Q4", "open").doesNotContain("overdue");

        browser.date("#asOf", "2020-04-01").submit("#filters");
        assertThat(browser.find("table.board tr[data-number='2']").getText()).contains("overdue");
        assertThat(browser.text("table.board tr[data-number='2'] ul.steps")).contains("April 2019: raised (open)");
        browser.screenshot("recommendations");

        browser.go("/recommendations?asOf=2019-04-01");
        assertThat(browser.texts("section.review h2")).contains("Concerto strategic review of the Collaboration Portfolio",
                "OPCC Chief Executives' Strategic Alliance Review");
        assertThat(browser.texts("section.review h2")).hasSizeGreaterThanOrEqualTo(4)
                .anySatisfy(title -> assertThat(title).startsWith("Internal audit of BCH collaborative arrangements"));
    }

    @Test
    void businessCasesShowEveryVersionAndFunctionsTheirLifecycle() {
        browser.go("/business-cases?asOf=2019-04-01");
        assertThat(browser.texts("#bc-firearms-licensing table.versions tbody td:first-child")).containsExactly("1", "2");
        assertThat(browser.text("#bc-firearms-licensing .version")).isEqualTo("2");
        browser.screenshot("business-cases");

        browser.go("/functions?asOf=2017-06-30");
        assertThat(browser.text("tr[data-function='public-contact'] .state")).startsWith("deferred");
        browser.date("#asOf", "2018-12-31").submit("form.controls");
        assertThat(browser.text("tr[data-function='public-contact'] .state")).startsWith("not proceeded");
        browser.screenshot("functions");

        browser.click(browser.find("tr[data-function='public-contact'] td:last-child a"));
        assertThat(browser.path()).contains("function=public-contact", "asOf=2018-12-31");
        assertThat(browser.texts("#decisions tbody td:nth-child(5)")).contains("collaboration deferred", "collaboration not proceeded");
    }

    @Test
    void anAuditorSeesTheRecordVerifyAndSealsItAndAViewerIsNotShownThatPage() throws IOException {
        try (Browser auditor = Browser.open("http://127.0.0.1:" + port).signIn(TestUsers.AUDITOR)) {
            auditor.go("/").click("Integrity");

            assertThat(auditor.text("#verdict")).startsWith("The record verifies.");
            assertThat(Integer.parseInt(auditor.text("#event-count"))).isGreaterThanOrEqualTo(149);
            assertThat(auditor.text("#key-fingerprint")).startsWith("SHA256:");
            auditor.submit("form.controls");
            assertThat(auditor.path()).isEqualTo("/integrity");
            assertThat(auditor.text("#latest-seal")).contains("Merkle root");
            auditor.screenshot("integrity");
        }
        browser.go("/");
        assertThat(browser.texts("header nav a")).doesNotContain("Integrity");
    }

    @Test
    void aRecorderRecordsProgressOnARecommendationFromItsRowThroughTheForm() throws IOException {
        try (Browser recorder = Browser.open("http://127.0.0.1:" + port).signIn(TestUsers.RECORDER)) {
            recorder.go("/recommendations?review=ce-strategic-alliance-review-2019").click("Record progress on 4");
            assertThat(recorder.path()).isEqualTo("/record/record-recommendation-progress?recommendation=ce-strategic-alliance-review-2019/4");
            assertThat(new Select(recorder.find("#recommendation")).getFirstSelectedOption().getText())
                    .startsWith("OPCC Chief Executives' Strategic Alliance Review, 4:");
            recorder.screenshot("record-progress");

            recorder.type("#note", "A strategic framework process was drafted").type("#month", "13").type("#year", "2019")
                    .type("#document", "Browser test minutes").submit("#record-form");
            assertThat(recorder.text("#refused-message")).isEqualTo("A date is written YYYY-MM-DD, YYYY-MM or YYYY, not '2019-13'");
            assertThat(recorder.find("#refused-message a").getAttribute("href")).endsWith("#year");
            assertThat(recorder.find("#note").getAttribute("value")).isEqualTo("A strategic framework process was drafted");
            assertThat(recorder.find("#document").getAttribute("value")).isEqualTo("Browser test minutes");
            recorder.screenshot("record-progress-refused");

            recorder.type("#month", "6").submit("#record-form");
            assertThat(recorder.text("h1")).isEqualTo("Check your answers before recording");
            assertThat(recorder.text("#summary")).contains("A strategic framework process was drafted", "June 2019", "Browser test minutes");
            recorder.screenshot("record-progress-check");
            recorder.submit("#check-form");
            assertThat(recorder.path()).startsWith("/timeline/");
            assertThat(recorder.text("#decision")).contains("Recommendation 4 of 'OPCC Chief Executives' Strategic Alliance Review'",
                    "June 2019", "Browser test minutes", "by recorder");
            assertThat(recorder.text("#payload")).contains("\"note\" : \"A strategic framework process was drafted\"");
            recorder.screenshot("record-progress-recorded");
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndSigningOutEndsTheSession() throws IOException {
        try (Browser stranger = Browser.open("http://127.0.0.1:" + port)) {
            stranger.go("/savings");
            assertThat(stranger.path()).isEqualTo("/login");
            stranger.type("#username", "viewer").type("#password", "not-the-password").submit("form.controls");
            assertThat(stranger.text("#sign-in-error")).isEqualTo("The username or password is not right.");

            stranger.signIn(TestUsers.RECORDER);
            assertThat(stranger.path()).as("signing in lands on the page asked for").isEqualTo("/savings");
            assertThat(stranger.text("#signed-in-as")).isEqualTo("recorder");
            stranger.submit("form.sign-out");
            assertThat(stranger.text("#signed-out")).isEqualTo("You have signed out.");
            stranger.go("/savings");
            assertThat(stranger.path()).isEqualTo("/login");
        }
    }

    @Test
    void aBadDateTypedInTheAsKnownAtBoxIsShownAgainWithTheReason() {
        browser.go("/savings?asOf=2019-04-01").type("#knownAt", "last Tuesday").submit("#filters");

        assertThat(browser.text("h1")).isEqualTo("Savings: forecast against actual");
        assertThat(browser.text("#refused-message"))
                .isEqualTo("knownAt is an instant written like 2019-06-30T12:00:00Z, or a date, not 'last Tuesday'");
        assertThat(browser.find("#knownAt").getAttribute("value")).isEqualTo("last Tuesday");
        assertThat(browser.find("#knownAt").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#refused-message a").getAttribute("href")).endsWith("#knownAt");
        browser.screenshot("refused-date");

        browser.go("/timeline/no-such-decision");
        assertThat(browser.text("h1")).isEqualTo("Not Found");
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndThePrintedPageDropsTheControls() throws Exception {
        browser.go("/savings?asOf=2019-04-01");
        browser.find("body").sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");

        assertThat(browser.find("#print-footer").isDisplayed()).as("the print footer is for print only").isFalse();
        browser.media("print");
        assertThat(browser.find("#print-footer").isDisplayed()).isTrue();
        assertThat(browser.text("#print-footer")).contains("Printed", "By\nviewer", "As of\n1 April 2019", "events stored");
        assertThat(browser.find("form.controls").isDisplayed()).isFalse();
        assertThat(browser.find("header nav").isDisplayed()).isFalse();
        assertThat(browser.find("#savings-rows").isDisplayed()).isTrue();
        assertThat(Files.size(browser.printToPdf("savings-printed"))).isPositive();
        browser.media("screen");
    }
}
