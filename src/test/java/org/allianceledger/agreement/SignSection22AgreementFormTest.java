package org.allianceledger.agreement;

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
 * A recorder records a party's signature of a Section 22A agreement from the pages: the signature's page
 * follows (303) and the agreements register shows it at once; a refused form comes back as typed and
 * records nothing.
 */
@LedgerServiceTest
class SignSection22AgreementFormTest {

    private static final String FORM = "/record/sign-section22-agreement";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRecorderFindsSignOnAnAgreementAwaitingSignaturesAndViewersDoNot() throws Exception {
        LedgerHttp recorder = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(recorder.get("/record", "text/html").body())
                .contains("href=\"/record/sign-section22-agreement\">Record a signature of a Section 22A agreement</a>");
        assertThat(recorder.get("/agreements", "text/html").body())
                .contains("href=\"/record/sign-section22-agreement?agreement=s22-information-management&amp;party=her-cc\"")
                .doesNotContain("/record/sign-section22-agreement?agreement=s22-public-contact");
        FormSession.hiddenFromReaders(base(), "/agreements", FORM);
    }

    @Test
    void aRecorderRecordsASignatureAndLandsOnTheRecordedDecision() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM + "?agreement=s22-custody&party=cam-cc", "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> recorded = recorder.checkAndRecord(FORM, answers(key, "s22-custody", "cam-cc", "2019"), database);

        String decision = FormSession.recordedDecision(recorded, database, before);
        LedgerHttp viewer = new LedgerHttp(base(), TestUsers.VIEWER);
        assertThat(viewer.get(decision, "text/html").body()).contains("A. N. Signatory");
        assertThat(viewer.get("/api/agreements").body()).contains("\"signatory\":\"A. N. Signatory\"");
    }

    @Test
    void aRefusedSignatureComesBackAsTypedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String key = recorder.hidden(FORM, "key");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> empty = recorder.post(FORM, answers(key, "", "", ""));
        Map<String, String> badDate = answers(key, "s22-criminal-justice", "bed-pcc", "2019");
        badDate.put("month", "13");
        HttpResponse<String> malformed = recorder.post(FORM, badDate);
        HttpResponse<String> beforeTheDraft = recorder.post(FORM, answers(key, "s22-criminal-justice", "bed-pcc", "2010"));

        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("There is a problem", "class=\"field-message\"", "value=\"A. N. Signatory\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("href=\"#year\"", "name=\"month\" inputmode=\"numeric\" size=\"2\" value=\"13\"",
                "name=\"key\" value=\"" + key + "\"");
        assertThat(beforeTheDraft.statusCode()).isEqualTo(422);
        assertThat(beforeTheDraft.body()).contains("href=\"#year\"", "precedes the draft",
                "<option value=\"s22-criminal-justice\" selected=\"selected\"", "<option value=\"bed-pcc\" selected=\"selected\"");
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    private static Map<String, String> answers(String key, String agreement, String party, String year) {
        Map<String, String> form = FormSession.decided(key, year);
        form.put("agreement", agreement);
        form.put("party", party);
        form.put("signatory", "A. N. Signatory");
        return form;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
