package org.allianceledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceledger.store.LedgerEventStorageEngine;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;

/**
 * A recorder records progress on a recommendation from the pages, through the command path the API
 * uses: the recorded decision's page follows (303), a second submit of the same form records nothing
 * more, and a refused form comes back with what was typed and the command path's message, recording
 * nothing. Viewers and auditors are not shown the form.
 */
@LedgerServiceTest
class RecordProgressFormTest {

    private static final String FORM = "/record/record-recommendation-progress";
    private static final String RECOMMENDATION = "ce-strategic-alliance-review-2019/2";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void onlyARecorderIsShownWhatCanBeRecordedAndTheForm() throws Exception {
        for (TestUsers user : new TestUsers[] {TestUsers.VIEWER, TestUsers.AUDITOR}) {
            LedgerHttp http = new LedgerHttp(base(), user);
            assertThat(http.get("/record", "text/html").status()).as(user.username()).isEqualTo(403);
            assertThat(http.get(FORM, "text/html").status()).as(user.username()).isEqualTo(403);
            assertThat(http.get("/recommendations", "text/html").body()).as(user.username()).doesNotContain("Record progress", "Record a decision");
        }
        LedgerHttp recorder = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(recorder.get("/record", "text/html").body()).contains("Reviews and recommendations",
                "href=\"/record/record-recommendation-progress\">Record progress on a recommendation</a>");
        assertThat(recorder.get("/recommendations", "text/html").body()).contains("Record a decision",
                "href=\"/record/record-recommendation-progress?recommendation=ce-strategic-alliance-review-2019/2\"");
    }

    @Test
    void aRecorderRecordsProgressOnceAndLandsOnTheRecordedDecision() throws Exception {
        SignedIn recorder = signIn(TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?recommendation=" + RECOMMENDATION, "key");
        Map<String, String> form = answers(key, "The Delivery Management Unit collated the outstanding Concerto actions", "2019");
        long before = storedEvents();

        HttpResponse<String> recorded = recorder.post(FORM, form);
        HttpResponse<String> again = recorder.post(FORM, form);

        assertThat(recorded.statusCode()).isEqualTo(303);
        String decision = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(decision).startsWith("/timeline/");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).as("the same form sent twice").hasValue(decision);
        assertThat(storedEvents()).isEqualTo(before + 1);
        LedgerHttp.Response page = new LedgerHttp(base(), TestUsers.VIEWER).get(decision, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("The Delivery Management Unit collated the outstanding Concerto actions", "recorder");
        assertThat(new LedgerHttp(base(), TestUsers.VIEWER).get("/api/recommendations?review=ce-strategic-alliance-review-2019").body())
                .contains("The Delivery Management Unit collated the outstanding Concerto actions");
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndTheReasonAndRecordsNothing() throws Exception {
        SignedIn recorder = signIn(TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = storedEvents();

        HttpResponse<String> empty = recorder.post(FORM, answers(key, "", "2019"));
        HttpResponse<String> badDate = recorder.post(FORM, withMonth(answers(key, "Progress typed & kept", "2019"), "13"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "href=\"#note\"", "class=\"field-message\"",
                "value=\"CE Strategic Alliance Review, Apr 2019\"");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("href=\"#year\"", "Progress typed &amp; kept</textarea>", "name=\"month\" inputmode=\"numeric\" size=\"2\" value=\"13\"",
                "name=\"key\" value=\"" + key + "\"");
        assertThat(storedEvents()).as("nothing recorded").isEqualTo(before);
    }

    private Map<String, String> answers(String key, String note, String year) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("recommendation", RECOMMENDATION);
        form.put("note", note);
        form.put("day", "");
        form.put("month", "");
        form.put("year", year);
        form.put("document", "CE Strategic Alliance Review, Apr 2019");
        form.put("paragraph", "§5 (2)");
        return form;
    }

    private static Map<String, String> withMonth(Map<String, String> form, String month) {
        form.put("month", month);
        return form;
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(LedgerEventStorageEngine.holdsEvent());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private SignedIn signIn(TestUsers user) throws Exception {
        SignedIn browser = new SignedIn(HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
        String token = browser.hidden("/login", "_csrf");
        HttpResponse<String> signedIn = browser.post("/login", Map.of("username", user.username(), "password", user.password(), "_csrf", token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return browser;
    }

    /** A browser's session: its cookie, and the CSRF token of the last form it was shown. */
    private final class SignedIn {

        private final HttpClient client;
        private String csrf;

        SignedIn(HttpClient client) {
            this.client = client;
        }

        String hidden(String path, String name) throws Exception {
            String page = client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            if (token.find()) {
                csrf = token.group(1);
            }
            Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
            assertThat(value.find()).as(name + " in " + path + ":\n" + page).isTrue();
            return value.group(1);
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            Map<String, String> sent = new LinkedHashMap<>(form);
            sent.putIfAbsent("_csrf", csrf);
            String body = sent.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
