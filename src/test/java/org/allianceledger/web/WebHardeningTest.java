package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.AllFeatureSamples;
import org.allianceledger.support.CommandFuzzer;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

/**
 * The web layer as a hostile but signed-in client meets it: the answer's format is settled before
 * a command is recorded, downloads carry no spreadsheet formulas, a session cannot shed its CSRF
 * check, parameters out of range and bodies of the wrong shape answer 400 without naming the
 * service's classes, every answer carries a Content-Security-Policy, and no redirect leaves the host.
 */
@LedgerServiceTest
class WebHardeningTest {

    private static final String ESTABLISH = "/api/commands/establish-governance-body";


    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private String base;
    private LedgerHttp http;

    @BeforeEach
    void setUp() {
        base = "http://127.0.0.1:" + port;
        http = new LedgerHttp(base);
    }

    @Test
    void aCommandWhoseAnswerCannotBeGivenInTheAskedFormatIsRefusedBeforeAnythingIsRecorded() throws Exception {
        long before = storedEvents();
        for (String accept : List.of("text/html", "text/csv", "application/xml")) {
            LedgerHttp.Response response = http.withHeader("Accept", accept).postRaw(ESTABLISH, newBody("=1"));
            assertThat(response.status()).as("Accept: " + accept + ": " + response.body()).isEqualTo(406);
        }
        assertThat(http.postRaw(ESTABLISH + "?format=csv", newBody("=1")).status()).as("?format=csv").isEqualTo(406);
        assertThat(storedEvents()).as("events recorded by commands answered 406").isEqualTo(before);

        for (String accept : List.of("*/*", "application/json", "application/problem+json")) {
            LedgerHttp.Response response = http.withHeader("Accept", accept).postRaw(ESTABLISH, newBody("A board"));
            assertThat(response.status()).as("Accept: " + accept + ": " + response.body()).isEqualTo(200);
        }
        assertThat(http.postRaw(ESTABLISH, newBody("A board")).status()).as("no Accept").isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 4);
    }

    @Test
    void aDownloadedCellThatASpreadsheetWouldRunIsNeutralised() throws Exception {
        assertThat(http.postRaw(ESTABLISH, newBody("=HYPERLINK(\"http://evil.example\",\"x\")")).status()).isEqualTo(200);

        String csv = http.get("/api/decisions?format=csv", "*/*").body();

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void aPageARoleMayNotSeeSaysSoInTheLedgersOwnPageNotAWhitelabelOne() throws Exception {
        LedgerHttp viewer = LedgerHttp.as(base, TestUsers.VIEWER.username(), TestUsers.VIEWER.password());
        LedgerHttp.Response forbidden = viewer.get("/integrity", "text/html");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(forbidden.body()).contains("<title>403 Forbidden · Alliance Ledger</title>", "Your role does not let you see this page.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aBrowserRefusedForWantOfASignInOrForTheWrongMethodGetsTheLedgersPageWithItsNavigation() throws Exception {
        String browserAccept = "text/html,application/xhtml+xml,*/*;q=0.8";
        LedgerHttp.Response unsignedIn = LedgerHttp.anonymous(base).get("/api/decisions", browserAccept);
        LedgerHttp.Response wrongMethod = http.get(ESTABLISH, browserAccept);

        assertThat(unsignedIn.status()).isEqualTo(401);
        assertThat(unsignedIn.body()).contains("<title>401 Unauthorized · Alliance Ledger</title>", "You need to sign in to see this.",
                "href=\"/login\"", "<nav aria-label=\"Main\">", "href=\"/timeline\"");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("<title>405 Method Not Allowed · Alliance Ledger</title>",
                "This address does not answer that kind of request", "<nav aria-label=\"Main\">").doesNotContain("Whitelabel");
    }

    @Test
    void anAddressWithNothingThereIsAPageForABrowserAndAProblemForAClient() throws Exception {
        LedgerHttp.Response page = http.get("/no-such-page", "text/html,application/xhtml+xml,*/*;q=0.8");
        LedgerHttp.Response problem = http.get("/api/no-such-thing");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<title>404 Not Found · Alliance Ledger</title>", "There is nothing at /no-such-page");
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.json().get("detail").asText()).isEqualTo("There is nothing at /api/no-such-thing");
    }

    @Test
    void aSessionNeedsItsCsrfTokenWhateverAuthorizationHeaderItSends() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signInPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=clerk&password=" + TestUsers.CLERK.password()
                        + "&_csrf=" + token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));

        long before = storedEvents();
        for (String authorization : List.of("Bearer anything", "Basic " + java.util.Base64.getEncoder()
                .encodeToString("clerk:not-the-password".getBytes(StandardCharsets.UTF_8)))) {
            HttpResponse<String> forged = browser.send(HttpRequest.newBuilder(URI.create(base + ESTABLISH))
                    .header("Content-Type", "application/json").header("Authorization", authorization)
                    .POST(HttpRequest.BodyPublishers.ofString(newBody("A forged board"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).as(authorization + ": " + forged.body()).isEqualTo(403);
        }
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPointInTimeOutOfRangeIsABadRequestNamingTheParameter() throws Exception {
        for (String query : List.of("knownAt=-1000000000-01-01T00:00:00Z", "knownAt=+1000000000-12-31T23:59:59Z",
                "asOf=-999999999-01-01", "asOf=+999999999-12-31", "knownAt=-999999999-01-01")) {
            String parameter = query.substring(0, query.indexOf('='));
            for (String path : List.of("/api/decisions", "/api/savings", "/api/agreements")) {
                LedgerHttp.Response response = http.get(path + "?" + query);
                assertProblem(response, 400, path + "?" + query);
                assertThat(response.json().get("detail").asText()).as(query).contains(parameter);
            }
            assertThat(http.get("/timeline?" + query, "text/html").status()).as("the timeline page at " + query).isEqualTo(400);
        }
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefusedPlainly() throws Exception {
        LedgerHttp.Response response = http.postRaw(ESTABLISH, "null");

        assertProblem(response, 400, "a null body");
        assertThat(response.json().get("detail").asText()).isEqualTo("The body must be a JSON object");
    }

    @Test
    void noProblemNamesTheServicesClasses() throws Exception {
        ObjectNode sample = LedgerHttp.JSON.valueToTree(AllFeatureSamples.commandsByEndpoint().get(ESTABLISH));
        List<String> bodies = List.of("null", "42", "\"text\"", "[]", "{\"decision\": {", "{\"bodyId\": {}}",
                "{\"bodyId\": [1]}", "{\"bodyId\": \"a\", \"unknownField\": 1}",
                sample.deepCopy().put("bodyId", "b-" + UUID.randomUUID()).set("decision", LedgerHttp.JSON.valueToTree("x")).toString(),
                sample.deepCopy().put("bodyId", "c-" + UUID.randomUUID()).set("members", LedgerHttp.JSON.valueToTree(1)).toString(),
                sample.deepCopy().put("bodyId", "d-" + UUID.randomUUID()).putNull("decision").toString(),
                withDecision(sample, "nature", "GUESSED"), withDecision(sample, "decidedOn", "yesterday"),
                withDecision(sample, "source", "{}"));
        for (String body : bodies) {
            assertNamesNoClass(http.postRaw(ESTABLISH, body), "POST " + body);
        }
        for (String query : List.of("from=2015-13-01", "limit=many", "asOf=soon", "knownAt=later")) {
            assertNamesNoClass(http.get("/api/decisions?" + query), "GET ?" + query);
        }
    }

    @Test
    void everyAnswerCarriesAContentSecurityPolicy() throws Exception {
        for (String path : List.of("/login", "/timeline", "/api/decisions", "/css/ledger.css", "/actuator/health")) {
            String answer = rawGet(path, "127.0.0.1:" + port);
            assertThat(answer).as(path).containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                    .contains("frame-ancestors 'none'");
        }
    }

    @Test
    void signInIsNeverSentToAnotherHost() throws Exception {
        String answer = rawGet("/timeline", "evil.example");

        assertThat(answer).startsWith("HTTP/1.1 302");
        assertThat(answer.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9)))
                .singleElement().asString().doesNotContain("evil.example").contains("/login");
    }

    private String newBody(String name) throws IOException {
        ObjectNode json = LedgerHttp.JSON.valueToTree(AllFeatureSamples.commandsByEndpoint().get(ESTABLISH));
        return json.put("bodyId", "body-" + UUID.randomUUID()).put("name", name).toString();
    }

    private static String withDecision(ObjectNode sample, String field, String value) {
        ObjectNode json = sample.deepCopy().put("bodyId", "e-" + UUID.randomUUID());
        ((ObjectNode) json.get("decision")).put(field, value);
        return json.toString();
    }

    private static void assertNamesNoClass(LedgerHttp.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isBetween(400, 499);
        String detail = response.json().path("detail").asText();
        assertThat(detail).as(what).isNotBlank();
        assertThat(CommandFuzzer.JAVA_NAME.matcher(detail).find()).as(what + " names a class: " + detail).isFalse();
    }

    private static void assertProblem(LedgerHttp.Response response, int status, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(response.json().get("status").asInt()).as(what).isEqualTo(status);
    }

    /** A GET over a plain socket: Java's HTTP client will not send a Host header of its own choosing. */
    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(new Document());
    }
}
