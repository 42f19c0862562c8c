package org.allianceledger.review;

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
 * A recorder changes a recommendation's status from its row on the board, through "Check your answers";
 * a move the review's rules forbid comes back beside the status and records nothing. Dated 2026, so
 * that the shipped history's board as of 2019 and 2020, which other tests read, stays as it was.
 */
@LedgerServiceTest
class RecommendationStatusFormTest {

    private static final String FORM = "/record/change-recommendation-status";
    private static final String CE = "ce-strategic-alliance-review-2019";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRecorderFindsChangeStatusBesideRecordProgressAndReadersDoNot() throws Exception {
        LedgerHttp recorder = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(recorder.get("/record", "text/html").body()).contains("href=\"/record/change-recommendation-status\">Change a recommendation’s status</a>");
        assertThat(recorder.get("/recommendations?review=" + CE, "text/html").body())
                .contains("href=\"/record/change-recommendation-status?recommendation=" + CE + "/2\"");
        FormSession.hiddenFromReaders(base(), "/recommendations?review=" + CE, FORM);
    }

    @Test
    void aRecorderChangesAStatusAndTheBoardShowsIt() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?recommendation=" + CE + "/3d", "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> recorded = recorder.checkAndRecord(FORM, answers(key, "3d", "IN_PROGRESS"), database);

        String decision = FormSession.recordedDecision(recorded, database, before);
        LedgerHttp viewer = new LedgerHttp(base(), TestUsers.VIEWER);
        assertThat(viewer.get(decision, "text/html").body()).contains("in progress");
        assertThat(viewer.get("/api/recommendations?review=" + CE).body()).contains("\"number\":\"3d\"", "IN_PROGRESS");
    }

    @Test
    void aMoveTheRulesForbidComesBackBesideTheStatusAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> empty = recorder.post(FORM, answers(key, "", ""));
        HttpResponse<String> forbidden = recorder.post(FORM, answers(key, "3c", "VERIFIED_BY_INTERNAL_AUDIT"));
        Map<String, String> supersededByNothing = answers(key, "3c", "SUPERSEDED");
        HttpResponse<String> malformed = recorder.post(FORM, supersededByNothing);

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "class=\"field-message\"");
        assertThat(forbidden.statusCode()).isEqualTo(422);
        assertThat(forbidden.body()).contains("href=\"#status\"", "cannot go from OPEN",
                "<option value=\"VERIFIED_BY_INTERNAL_AUDIT\" selected=\"selected\"");
        assertThat(forbidden.body().replaceAll("\\s+", " ")).contains("<option value=\"" + CE + "/3c\" selected=\"selected\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("href=\"#supersededBy\"", "supersededBy is given exactly when the status is SUPERSEDED");
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    private static Map<String, String> answers(String key, String number, String status) {
        Map<String, String> form = FormSession.decided(key, "2026");
        form.put("recommendation", number.isEmpty() ? "" : CE + "/" + number);
        form.put("status", status);
        form.put("supersededBy", "");
        return form;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
