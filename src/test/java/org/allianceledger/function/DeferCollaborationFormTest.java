package org.allianceledger.function;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * A recorder defers a function's collaboration from the pages: the deferral's page follows (303) and the
 * functions register shows it deferred at once; a refused form comes back as typed and records nothing.
 */
@LedgerServiceTest
class DeferCollaborationFormTest {

    private static final String FORM = "/record/defer-collaboration";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRecorderFindsTheFormOnTheFunctionsPageAndViewersDoNot() throws Exception {
        assertThat(new LedgerHttp(base(), TestUsers.RECORDER).get("/record", "text/html").body())
                .contains("href=\"/record/defer-collaboration\">Defer collaboration on a function</a>");
        assertThat(new LedgerHttp(base(), TestUsers.RECORDER).get("/functions", "text/html").body())
                .contains("href=\"/record/defer-collaboration?function=")
                .doesNotContain("href=\"/record/defer-collaboration?function=public-contact\"");
        FormSession.hiddenFromReaders(base(), "/functions", FORM);
    }

    @Test
    void aRecorderDefersAFunctionAndLandsOnTheRecordedDecision() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?function=able-erp", "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> recorded = recorder.checkAndRecord(FORM, answers(key, "able-erp", "Once the ERP tender is let", "2019"), database);

        String decision = FormSession.recordedDecision(recorded, database, before);
        LedgerHttp viewer = new LedgerHttp(base(), TestUsers.VIEWER);
        assertThat(viewer.get(decision, "text/html").body()).contains("Once the ERP tender is let");
        assertThat(viewer.get("/functions", "text/html").body()).contains("(Once the ERP tender is let, not before 2020)");
    }

    @Test
    void aRefusedDeferralComesBackAsTypedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> empty = recorder.post(FORM, answers(key, "", "", ""));
        Map<String, String> badDate = answers(key, "custody", "Condition typed & kept", "2019");
        badDate.put("month", "13");
        HttpResponse<String> malformed = recorder.post(FORM, badDate);
        HttpResponse<String> notProceeded = recorder.post(FORM, answers(key, "public-contact", "After Athena", "2019"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "class=\"field-message\"", "value=\"CE Strategic Alliance Review, Apr 2019\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("href=\"#year\"", "Condition typed &amp; kept</textarea>",
                "name=\"month\" inputmode=\"numeric\" size=\"2\" value=\"13\"", "name=\"key\" value=\"" + key + "\"");
        assertThat(notProceeded.statusCode()).isEqualTo(422);
        assertThat(notProceeded.body()).contains("href=\"#function\"", "<option value=\"public-contact\" selected=\"selected\"");
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    private static Map<String, String> answers(String key, String function, String condition, String year) {
        Map<String, String> form = FormSession.decided(key, year);
        form.put("function", function);
        form.put("reviewCondition", condition);
        form.put("reviewYear", "2020");
        return form;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
