package org.allianceledger.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in lands on the page that was asked for, at its own address, not on {@code /?continue}. */
@LedgerServiceTest
class SignInLandingTest {

    private static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;

    @Test
    void signingInLandsOnThePageAskedForWithItsQuery() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> asked = browser.send(page("/recommendations?asOf=2020-04-01&overdue=true"), HttpResponse.BodyHandlers.ofString());
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).hasValue("/login");
        // What a browser fetches beside the sign-in page is not taken for the page asked for.
        browser.send(HttpRequest.newBuilder(URI.create(base() + "/favicon.ico")).header("Accept", "image/avif,image/webp,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.discarding());

        HttpResponse<String> signedIn = signIn(browser);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/recommendations?asOf=2020-04-01&overdue=true").doesNotContain("continue"));

        HttpResponse<String> landed = browser.send(page("/recommendations?asOf=2020-04-01&overdue=true"), HttpResponse.BodyHandlers.ofString());
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("id=\"signed-in-as\">viewer<");
    }

    @Test
    void signingInWithNoPageAskedForLandsOnTheHomePage() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> signedIn = signIn(browser);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).isIn("/", base() + "/"));
    }

    private HttpResponse<String> signIn(HttpClient browser) throws Exception {
        String signInPage = browser.send(page("/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(token.find()).isTrue();
        String form = "username=" + TestUsers.VIEWER.username() + "&password=" + URLEncoder.encode(TestUsers.VIEWER.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest page(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", PAGE_ACCEPT).build();
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
