package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceledger.support.LedgerServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;

/** A history file that cannot be loaded is refused whole, naming the entry and the field, and nothing is stored. */
@LedgerServiceTest
class HistoryFileRejectionTest {

    private static final String HEAD = """
            documents:
              - {id: bcb, title: "BCB report, 19 Jul 2018", date: "2018-07-19"}
            entries:
            """;
    private static final String DRAFT = """
              - id: draft
                command: draft-section22-agreement
                source: {document: bcb, paragraph: "§4"}
                decision: {decidedOn: "2015-09", body: "SAS", decidedBy: [PCCs]}
                args: {agreementId: s22-test, functionId: test-function, title: Test, parties: [BED-PCC, CAM-PCC]}
            """;
    private static final String SIGN = """
              - id: %s
                command: sign-section22-agreement
                source: {document: bcb, paragraph: "§4"}
                decision: {decidedOn: "%s", body: "SAS", decidedBy: [PCC]}
                args: {agreementId: s22-test, party: BED-PCC}
            """;

    @Autowired
    HistoryFileReader reader;

    @Autowired
    HistoryRehearsal rehearsal;

    @Autowired
    HistoryLoader loader;

    @Autowired
    MongoDatabase database;

    private List<HistoryEntry> read(String yaml) {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void aWellFormedFileReadsAsCommands() {
        List<HistoryEntry> entries = read(HEAD + DRAFT + SIGN.formatted("signed", "2015-12"));

        assertThat(entries).extracting(HistoryEntry::id).containsExactly("draft", "signed");
        assertThat(entries.get(1).command().decision().source().document()).isEqualTo("BCB report, 19 Jul 2018");
        assertThat(entries.get(1).command().decision().source().paragraph()).isEqualTo("§4");
    }

    @Test
    void anEntryWithoutASourceIsRefusedByName() {
        String noSource = HEAD + DRAFT.replace("    source: {document: bcb, paragraph: \"§4\"}\n", "");

        assertThatThrownBy(() -> read(noSource)).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("entry draft").hasMessageContaining("'source'");
    }

    @Test
    void anEntryCitingAnUnknownDocumentOrNoParagraphIsRefused() {
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("document: bcb", "document: minutes")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("source.document");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace(", paragraph: \"§4\"", "")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("'paragraph'");
    }

    @Test
    void aMalformedFieldIsNamedWithItsEntry() {
        String badYear = HEAD + """
                  - id: cost
                    command: record-change-team-cost
                    source: {document: bcb, paragraph: "§5.2"}
                    decision: {decidedOn: "2018-07-19", body: "BCB", decidedBy: [CE]}
                    args: {ledgerId: savings-x, entryId: cost-1, force: CAM, fiscalYear: "2016/18", amount: 100}
                """;

        assertThatThrownBy(() -> read(badYear)).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("entry cost").hasMessageContaining("2016/18");
    }

    @Test
    void anUnknownCommandOrAMisspeltFieldIsRefused() {
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("draft-section22-agreement", "draft-treaty")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("draft-treaty");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("title: Test", "title: Test, scop: everything")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("scop");
    }

    @Test
    void entriesOutOfDateOrderOrWithARepeatedIdAreRefused() {
        assertThatThrownBy(() -> read(HEAD + DRAFT + SIGN.formatted("early", "2015-01")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry early").hasMessageContaining("date order");
        assertThatThrownBy(() -> read(HEAD + DRAFT + SIGN.formatted("draft", "2015-12")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("twice");
    }

    @Test
    void aFileThatBreaksARuleIsRefusedWholeBeforeAnythingIsStored() {
        long before = storedEvents();
        List<HistoryEntry> signedTwice = read(HEAD + DRAFT + SIGN.formatted("first", "2015-12") + SIGN.formatted("again", "2016-01"));

        assertThatThrownBy(() -> rehearsal.rehearse(signedTwice, "test.yaml")).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("entry again").hasMessageContaining("already signed").hasMessageContaining("Nothing was loaded");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFileIsLoadedOnlyIntoAnEmptyStore() {
        long before = storedEvents();
        List<HistoryEntry> entries = read(HEAD + DRAFT);

        assertThatThrownBy(() -> loader.loadIntoEmptyStore(entries, "test.yaml")).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("already holds events");
        assertThat(storedEvents()).isEqualTo(before);
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(new Document());
    }
}
