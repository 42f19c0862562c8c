package org.allianceledger.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceledger.support.FormSession;
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
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?recommendation=" + RECOMMENDATION, "key");
        Map<String, String> form = answers(key, "The Delivery Management Unit collated the outstanding Concerto actions", "2019");
        long before = storedEvents();

        HttpResponse<String> check = recorder.post(FORM, form);
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("Check your answers", "The Delivery Management Unit collated the outstanding Concerto actions",
                "OPCC Chief Executives&#39; Strategic Alliance Review, 2:", "CE Strategic Alliance Review, Apr 2019", "Change<span");
        assertThat(storedEvents()).as("the check page records nothing").isEqualTo(before);
        Map<String, String> confirmed = FormSession.confirmation(check.body());
        HttpResponse<String> recorded = recorder.post(FORM, confirmed);
        HttpResponse<String> again = recorder.post(FORM, confirmed);

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
    void changeOnTheCheckPageGoesBackToTheFormAsTypedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = storedEvents();

        HttpResponse<String> check = recorder.post(FORM, answers(key, "A note typed & checked", "2019"));
        Map<String, String> change = FormSession.confirmation(check.body());
        change.remove("confirm");
        change.put("change", "note");
        HttpResponse<String> back = recorder.post(FORM, change);

        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("id=\"record-form\"", "A note typed &amp; checked</textarea>", "name=\"key\" value=\"" + key + "\"")
                .doesNotContain("There is a problem");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFormSentFromAnotherSiteWithoutTheTokenIsRefusedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?recommendation=" + RECOMMENDATION, "key");
        Map<String, String> confirmed = new LinkedHashMap<>(answers(key, "Sent by a page on another site", "2019"));
        confirmed.put("confirm", "yes");
        long before = storedEvents();

        HttpResponse<String> forged = recorder.postFromAnotherSite(FORM, confirmed);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(storedEvents()).as("nothing recorded").isEqualTo(before);
        assertThat(recorder.post(FORM, confirmed).statusCode()).as("the same answers with the session's token").isEqualTo(303);
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndTheReasonAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
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
        return FormSession.storedEvents(database);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
