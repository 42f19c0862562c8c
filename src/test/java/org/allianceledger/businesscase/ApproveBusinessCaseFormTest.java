package org.allianceledger.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A recorder records a business case's approval from the pages: the approval's page follows (303) and the
 * business-case register shows the case and its forecast at once; a refused form comes back as typed and
 * records nothing.
 */
@LedgerServiceTest
class ApproveBusinessCaseFormTest {

    private static final String FORM = "/record/approve-business-case";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRecorderFindsTheFormOnTheBusinessCasesPageAndViewersDoNot() throws Exception {
        LedgerHttp recorder = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(recorder.get("/record", "text/html").body()).contains("href=\"/record/approve-business-case\">Record a business case’s approval</a>");
        assertThat(recorder.get("/business-cases", "text/html").body()).contains("href=\"/record/approve-business-case\"");
        FormSession.hiddenFromReaders(base(), "/business-cases", FORM);
    }

    @Test
    void aRecorderRecordsAnApprovalAndLandsOnTheRecordedDecision() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> check = recorder.post(FORM, answers(key, "Form-recorded ICT business case", "£174,000.50", "2019"));
        Map<String, String> confirmed = FormSession.confirmation(check.body());
        HttpResponse<String> recorded = recorder.post(FORM, confirmed);
        HttpResponse<String> again = recorder.post(FORM, confirmed);

        String decision = FormSession.recordedDecision(recorded, database, before);
        assertThat(again.statusCode()).as("Record pressed twice: the case made by this form's key is not refused as taken").isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue(decision);
        LedgerHttp viewer = new LedgerHttp(base(), TestUsers.VIEWER);
        assertThat(viewer.get(decision, "text/html").body()).contains("Form-recorded ICT business case");
        assertThat(viewer.get("/api/business-cases").body()).contains("\"caseId\":\"bc-form-recorded-ict-business-case\"", "17400050");
    }

    @Test
    void aRefusedApprovalComesBackAsTypedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> empty = recorder.post(FORM, answers(key, "", "", ""));
        Map<String, String> badDate = answers(key, "Title typed & kept", "1000", "2019");
        badDate.put("month", "13");
        HttpResponse<String> malformed = recorder.post(FORM, badDate);
        HttpResponse<String> negative = recorder.post(FORM, answers(key, "A negative forecast", "-5", "2019"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "class=\"field-message\"", "value=\"CE Strategic Alliance Review, Apr 2019\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("href=\"#year\"", "value=\"Title typed &amp; kept\"",
                "name=\"month\" inputmode=\"numeric\" size=\"2\" value=\"13\"", "name=\"key\" value=\"" + key + "\"");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("href=\"#camAmount\"", "cannot be negative", "value=\"-5\"");
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    @Test
    void aTitleThatRepeatsAnotherCasesComesBackBesideTheTitleAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        FormSession.recordedDecision(recorder.checkAndRecord(FORM, answers(recorder.hidden(FORM, "key"), "Twice-titled case", "1000", "2019"),
                database), database, FormSession.storedEvents(database) - 1);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> again = recorder.post(FORM, answers(key, "Twice-titled case", "2000", "2019"));
        Map<String, String> confirmedRace = new LinkedHashMap<>(answers(key, "Twice-titled case", "2000", "2019"));
        confirmedRace.put("confirm", "yes");
        HttpResponse<String> confirmed = recorder.post(FORM, confirmedRace);

        for (HttpResponse<String> refused : List.of(again, confirmed)) {
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(refused.body()).contains("There is a problem", "href=\"#title\"", "bc-twice-titled-case",
                    "value=\"Twice-titled case\"", "value=\"2000\"", "id=\"record-form\"");
            assertThat(refused.body().indexOf("class=\"field-message\"")).as("the message beside the title")
                    .isBetween(refused.body().indexOf("for=\"title\""), refused.body().indexOf("id=\"title\""));
        }
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    private static Map<String, String> answers(String key, String title, String camAmount, String year) {
        Map<String, String> form = FormSession.decided(key, year);
        form.put("function", title.isEmpty() ? "" : "ict");
        form.put("title", title);
        form.put("camAmount", camAmount);
        return form;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
