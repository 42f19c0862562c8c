package org.allianceledger.support;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceledger.store.LedgerEventStorageEngine;

import com.mongodb.client.MongoDatabase;

/** A browser's signed-in session for the recording forms: its cookie, and the CSRF token of the last form it was shown. */
public final class FormSession {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private FormSession(String base) {
        this.base = base;
    }

    /** Signs {@code user} in through the sign-in form. */
    public static FormSession signIn(String base, TestUsers user) throws Exception {
        FormSession browser = new FormSession(base);
        String token = browser.hidden("/login", "_csrf");
        HttpResponse<String> signedIn = browser.post("/login", Map.of("username", user.username(), "password", user.password(), "_csrf", token));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return browser;
    }

    /** A form's key and its decision's answers, dated {@code year} and citing the CE review (a dated document), for a test to add its own fields to. */
    public static Map<String, String> decided(String key, String year) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", key);
        form.put("year", year);
        form.put("document", "CE Strategic Alliance Review, Apr 2019");
        form.put("paragraph", "§1");
        form.put("quote", "Quoted by a recording form test");
        return form;
    }

    /** How many events the store holds, to see that a refused form recorded nothing. */
    public static long storedEvents(MongoDatabase database) {
        return database.getCollection("events").countDocuments(LedgerEventStorageEngine.holdsEvent());
    }

    /**
     * A viewer and an auditor see no recording link on {@code page} and are refused {@code form}, shown or
     * sent (signed in through the sign-in form, with their session's CSRF token).
     */
    public static void hiddenFromReaders(String base, String page, String form) throws Exception {
        for (TestUsers user : new TestUsers[] {TestUsers.VIEWER, TestUsers.AUDITOR}) {
            assertThat(new LedgerHttp(base, user).get(page, "text/html").body()).as(user.username()).doesNotContain("/record/");
            assertThat(new LedgerHttp(base, user).get(form, "text/html").status()).as(user.username()).isEqualTo(403);
            FormSession reader = signIn(base, user);
            reader.hidden("/timeline", "_csrf");
            assertThat(reader.post(form, Map.of("key", UUID.randomUUID().toString(), "confirm", "yes")).statusCode())
                    .as(user.username() + " sending the form").isEqualTo(403);
        }
    }

    /** The recorded decision's page a form's answer sends to, having checked it recorded one event more than {@code before}. */
    public static String recordedDecision(HttpResponse<String> recorded, MongoDatabase database, long before) {
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        String decision = recorded.headers().firstValue("Location").orElseThrow();
        assertThat(decision).startsWith("/timeline/");
        assertThat(storedEvents(database)).isEqualTo(before + 1);
        return decision;
    }

    /** The value of hidden (or any) input {@code name} on the page at {@code path}. */
    public String hidden(String path, String name) throws Exception {
        String page = page(path);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (token.find()) {
            csrf = token.group(1);
        }
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(value.find()).as(name + " in " + path + ":\n" + page).isTrue();
        return value.group(1);
    }

    public String page(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Sends {@code form}, which the form takes to "Check your answers" (200) recording nothing, then presses
     * that page's "Record" button, sending what the page carries: the answer to that.
     */
    public HttpResponse<String> checkAndRecord(String path, Map<String, String> form, MongoDatabase database) throws Exception {
        long before = storedEvents(database);
        HttpResponse<String> check = post(path, form);
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        assertThat(check.body()).contains("Check your answers", "name=\"confirm\"");
        assertThat(storedEvents(database)).as("the check page records nothing").isEqualTo(before);
        return post(path, confirmation(check.body()));
    }

    /** What a check page's "Record" button sends: every hidden field of its form, and {@code confirm}. */
    public static Map<String, String> confirmation(String checkPage) {
        String form = checkPage.substring(checkPage.indexOf("id=\"check-form\""), checkPage.indexOf("</form>", checkPage.indexOf("id=\"check-form\"")));
        Map<String, String> sent = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form);
        while (hidden.find()) {
            sent.put(hidden.group(1), unescape(hidden.group(2)));
        }
        sent.put("confirm", "yes");
        return sent;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(form);
        sent.putIfAbsent("_csrf", csrf);
        return send(path, sent, base);
    }

    /** {@code form} sent by another site's page to this session's browser: no CSRF token, that site as its origin. */
    public HttpResponse<String> postFromAnotherSite(String path, Map<String, String> form) throws Exception {
        return send(path, form, "https://elsewhere.example");
    }

    private HttpResponse<String> send(String path, Map<String, String> sent, String origin) throws Exception {
        String body = sent.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
