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

    /** How many events the store holds, to see that a refused form recorded nothing. */
    public static long storedEvents(MongoDatabase database) {
        return database.getCollection("events").countDocuments(LedgerEventStorageEngine.holdsEvent());
    }

    /** A viewer and an auditor see no recording link on {@code page} and are refused {@code form}. */
    public static void hiddenFromReaders(String base, String page, String form) throws Exception {
        for (TestUsers user : new TestUsers[] {TestUsers.VIEWER, TestUsers.AUDITOR}) {
            assertThat(new LedgerHttp(base, user).get(page, "text/html").body()).as(user.username()).doesNotContain("/record/");
            assertThat(new LedgerHttp(base, user).get(form, "text/html").status()).as(user.username()).isEqualTo(403);
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

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> sent = new LinkedHashMap<>(form);
        sent.putIfAbsent("_csrf", csrf);
        String body = sent.entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
