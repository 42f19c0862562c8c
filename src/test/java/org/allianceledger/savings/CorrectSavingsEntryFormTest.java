package org.allianceledger.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.support.FormSession;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;

/**
 * A recorder corrects a savings entry from the pages: the correction's page follows (303) and the register
 * holds the corrected figure at once (the form, asked for the entry, shows it as it now stands); a refused
 * form comes back as typed and records nothing.
 */
@LedgerServiceTest
class CorrectSavingsEntryFormTest {

    private static final String FORM = "/record/correct-savings-entry";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void aRecorderFindsTheFormOnTheSavingsPageAndViewersDoNot() throws Exception {
        LedgerHttp recorder = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(recorder.get("/record", "text/html").body()).contains("href=\"/record/correct-savings-entry\">Correct a savings entry</a>");
        assertThat(recorder.get("/savings", "text/html").body()).contains("href=\"/record/correct-savings-entry\"",
                "id=\"savings-entries\"", "href=\"/record/correct-savings-entry?entry=", "Correct this entry");
        FormSession.hiddenFromReaders(base(), "/savings", FORM);
    }

    @Test
    void aRecorderCorrectsAnEntryAndTheRegisterHoldsTheCorrection() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        String entry = ownEntry();
        Map<String, String> form = prefilled(recorder, entry);
        String corrected = new BigDecimal(form.get("amount")).add(BigDecimal.ONE).toPlainString();
        form.put("amount", corrected);
        form.put("reason", "The form-recorded correction of a mistyped figure");
        long before = FormSession.storedEvents(database);

        HttpResponse<String> recorded = recorder.checkAndRecord(FORM, form, database);

        String decision = FormSession.recordedDecision(recorded, database, before);
        assertThat(new LedgerHttp(base(), TestUsers.VIEWER).get(decision, "text/html").body())
                .contains("The form-recorded correction of a mistyped figure");
        String correction = entry.substring(0, entry.indexOf('/')) + "/correction-" + form.get("key");
        assertThat(prefilled(recorder, correction)).as("the register's entry as it now stands").containsEntry("amount", corrected);
    }

    @Test
    void aRefusedCorrectionComesBackAsTypedAndRecordsNothing() throws Exception {
        FormSession recorder = FormSession.signIn(base(), TestUsers.RECORDER);
        Map<String, String> unchanged = prefilled(recorder, ownEntry());
        unchanged.put("reason", "Reason typed & kept");
        long before = FormSession.storedEvents(database);

        Map<String, String> empty = new LinkedHashMap<>(Map.of("key", unchanged.get("key")));
        HttpResponse<String> emptyAnswer = recorder.post(FORM, empty);
        Map<String, String> badDate = new LinkedHashMap<>(unchanged);
        badDate.put("month", "13");
        HttpResponse<String> malformed = recorder.post(FORM, badDate);
        HttpResponse<String> changesNothing = recorder.post(FORM, unchanged);

        assertThat(emptyAnswer.statusCode()).isEqualTo(400);
        assertThat(emptyAnswer.body()).contains("There is a problem", "class=\"field-message\"");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("href=\"#year\"", "Reason typed &amp; kept</textarea>",
                "name=\"month\" inputmode=\"numeric\" size=\"2\" value=\"13\"");
        assertThat(changesNothing.statusCode()).isEqualTo(422);
        assertThat(changesNothing.body()).contains("href=\"#amount\"", "changes nothing", "Reason typed &amp; kept</textarea>");
        assertThat(FormSession.storedEvents(database)).as("nothing recorded").isEqualTo(before);
    }

    /**
     * A ledger and entry of the test's own, recorded through the API and dated today, so that correcting
     * it leaves the shipped history's figures as they are for the other tests: {@code ledgerId/entryId}.
     */
    private String ownEntry() throws Exception {
        String ledger = "savings-form-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> decision = Map.of("decidedOn", "2026", "source", Map.of("document", "CE Strategic Alliance Review, Apr 2019", "paragraph", "§1", "quote", "Quoted by a recording form test"));
        LedgerHttp api = new LedgerHttp(base(), TestUsers.RECORDER);
        assertThat(api.post("/api/commands/open-savings-ledger",
                Map.of("ledgerId", ledger, "functionId", "ict", "name", "Form test", "decision", decision)).status()).isLessThan(300);
        assertThat(api.post("/api/commands/record-budget-reduction", Map.of("ledgerId", ledger, "entryId", "cam-2026-27", "force", "CAM",
                "fiscalYear", "2026/27", "amount", 100_000, "recurrent", true, "decision", decision)).status()).isLessThan(300);
        return ledger + "/cam-2026-27";
    }

    /** The form for {@code entry}, filled with its figure as it stands, dated today from a source. */
    private static Map<String, String> prefilled(FormSession recorder, String entry) throws Exception {
        String path = FORM + "?entry=" + entry;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("key", recorder.hidden(path, "key"));
        form.put("entry", entry);
        Matcher force = Pattern.compile("<option value=\"([A-Z]{3})\" selected=\"selected\"").matcher(recorder.page(path));
        form.put("force", force.find() ? force.group(1) : "");
        Matcher year = Pattern.compile("name=\"fiscalYear\" size=\"7\" value=\"([^\"]*)\"").matcher(recorder.page(path));
        form.put("fiscalYear", year.find() ? year.group(1) : "");
        Matcher amount = Pattern.compile("name=\"amount\" inputmode=\"decimal\" size=\"12\" value=\"([^\"]*)\"").matcher(recorder.page(path));
        form.put("amount", amount.find() ? amount.group(1) : "");
        form.put("year", "2026");
        form.put("document", "CE Strategic Alliance Review, Apr 2019");
        form.put("paragraph", "§1");
        form.put("quote", "Quoted by a recording form test");
        return form;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
