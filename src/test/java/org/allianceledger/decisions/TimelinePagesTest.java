package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finding and reading the timeline on the shipped history: newest first in pages of a size the URL
 * may name, oldest first on request; filters that contradict each other or name what the record does
 * not hold refused in the form with the reason; a view that is not today's record says so; empty
 * states say why.
 */
@LedgerServiceTest
class TimelinePagesTest {

    private static final String HTML = "text/html";
    private static final Pattern LINK = Pattern.compile("<td><a href=\"/timeline/([^?\"]+)\\?");
    private static final Pattern DECIDED = Pattern.compile("<tr>\\s*<td><span>([^<]+)</span>");

    @LocalServerPort
    int port;

    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port, TestUsers.VIEWER);
    }

    @Test
    void theTimelineIsNewestFirstInPagesAndOldestFirstOnRequest() throws Exception {
        JsonNode register = http.get("/api/decisions?asOf=2019-12-31").json();
        int recorded = register.size();

        String first = http.get("/timeline?asOf=2019-12-31", HTML).body();
        assertThat(dates(first)).hasSize(50);
        assertThat(first).contains(recorded + " decisions</span>", ", 1 to 50 shown, newest first", "Page 1 of " + ((recorded + 49) / 50))
                .contains("href=\"/timeline?asOf=2019-12-31&amp;page=2\"");
        assertThat(ids(first).get(0)).as("the last taken first").isEqualTo(register.get(recorded - 1).get("id").asText());

        String oldest = http.get("/timeline?asOf=2019-12-31&sort=oldest&size=10", HTML).body();
        assertThat(dates(oldest)).hasSize(10);
        assertThat(ids(oldest)).as("in the order taken").containsExactly(ids(register, 0, 10));
        assertThat(oldest).contains("<option value=\"oldest\" selected=\"selected\">Oldest first</option>", "value=\"10\"");

        String last = http.get("/timeline?asOf=2019-12-31&sort=oldest&size=10&page=" + ((recorded + 9) / 10), HTML).body();
        assertThat(dates(last)).hasSize(recorded % 10 == 0 ? 10 : recorded % 10);
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void contradictoryOrUnknownFiltersAndPagesAreRefusedInTheFormWithTheReason() throws Exception {
        assertRefused("from=2017-01-01&to=2016-01-01", "from", "The from date 2017-01-01 is after the to date 2016-01-01",
                "id=\"from\" name=\"from\" value=\"2017-01-01\"");
        assertRefused("kind=coronation", "kind", "No kind of decision is called &#39;coronation&#39;", "value=\"coronation\"");
        assertRefused("function=teleportation", "function", "No collaborated function &#39;teleportation&#39; is recorded",
                "value=\"teleportation\"");
        assertRefused("sort=sideways", "sort", "sort is newest or oldest, not &#39;sideways&#39;", "value=\"sideways\"");
        assertRefused("size=100000", "size", "size is a number of decisions a page from 1 to 500, not 100000", "value=\"100000\"");
        assertRefused("page=999", "page", "page is from 1 to", "");
    }

    @Test
    void aBadAsKnownAtDateReShowsTheFormWithTheValueAndTheReason() throws Exception {
        LedgerHttp.Response page = http.get("/timeline?knownAt=last+Tuesday&kind=collaboration-deferred", HTML);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("There is a problem", "href=\"#knownAt\"",
                        "knownAt is an instant written like 2019-06-30T12:00:00Z, or a date, not &#39;last Tuesday&#39;")
                .contains("id=\"knownAt\" name=\"knownAt\" value=\"last Tuesday\"", "aria-invalid=\"true\"")
                .contains("The page shows the record as it stands today.")
                .contains("<option value=\"collaboration-deferred\" selected=\"selected\">");
    }

    @Test
    void aViewThatIsNotTodaysRecordAsItStandsNowSaysWhich() throws Exception {
        assertThat(http.get("/timeline", HTML).body()).doesNotContain("point-in-time-banner");
        assertThat(http.get("/recommendations?asOf=2016-06-30", HTML).body()).contains("id=\"point-in-time-banner\"",
                "It shows what was in force on <strong>30 June 2016</strong>").doesNotContain("as it stood at");
        String known = http.get("/agreements?knownAt=2020-01-01&function=x", HTML).body();
        assertThat(known).contains("id=\"point-in-time-banner\"", "It shows the record as it stood at <strong>1 Jan 2020, 23:59:59 UTC</strong>",
                "href=\"/agreements?function=x\"").doesNotContain("It shows what was in force on");
    }

    @Test
    void emptyStatesSayWhy() throws Exception {
        assertThat(http.get("/timeline?knownAt=2000-01-01", HTML).body())
                .contains("Nothing had been recorded by then").doesNotContain("<table id=\"decisions\"");
        assertThat(http.get("/timeline?asOf=2019-12-31&q=no+such+words+anywhere", HTML).body())
                .contains("No decision matches these filters on this date", "clear a filter to see them");
        assertThat(http.get("/savings?force=NOR&asOf=2019-04-01", HTML).body())
                .contains("The sources give no yearly savings figures for Norfolk Constabulary, any function by this date.")
                .doesNotContain("<table id=\"savings-rows\"");
    }

    @Test
    void everyPageCarriesTheSearchBoxOfTheDecisionRegister() throws Exception {
        String home = http.get("/?asOf=2019-04-01", HTML).body();
        assertThat(home).contains("role=\"search\"", "action=\"/timeline\"", "id=\"site-search\" name=\"q\"",
                "<input type=\"hidden\" name=\"asOf\" value=\"2019-04-01\">");

        String found = http.get("/timeline?q=Athena&asOf=2019-04-01", HTML).body();
        assertThat(dates(found)).isNotEmpty();
    }

    private void assertRefused(String query, String field, String reason, String kept) throws Exception {
        LedgerHttp.Response page = http.get("/timeline?asOf=2019-12-31&" + query, HTML);
        assertThat(page.status()).as(query).isEqualTo(400);
        assertThat(page.body()).as(query).contains("There is a problem", "href=\"#" + field + "\"", reason, kept)
                .doesNotContain("<table id=\"decisions\"");
    }

    /** The decisions a page links to, in its order. */
    private static List<String> ids(String page) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = LINK.matcher(page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String[] ids(JsonNode register, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(register.get(i).get("id").asText());
        }
        return ids.toArray(String[]::new);
    }

    private static List<String> dates(String page) {
        String body = page.substring(page.indexOf("<tbody>") + 1);
        List<String> dates = new ArrayList<>();
        Matcher matcher = DECIDED.matcher(body);
        while (matcher.find()) {
            dates.add(matcher.group(1));
        }
        return dates;
    }
}
