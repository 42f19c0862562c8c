package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.disagreement.DisagreementCommand.RecordDisagreement;
import org.allianceledger.disagreement.Statement;
import org.allianceledger.savings.SavingsLedgerCommand.RecordChangeTeamCost;
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
                source: {document: bcb, paragraph: "§4", quote: "further functions have been collaborated"}
                decision: {decidedOn: "2015-09", body: "SAS", decidedBy: [PCCs]}
                args: {agreementId: s22-test, functionId: test-function, title: Test, parties: [BED-PCC, CAM-PCC]}
            """;
    private static final String SIGN = """
              - id: %s
                command: sign-section22-agreement
                source: {document: bcb, paragraph: "§4", quote: "further functions have been collaborated"}
                decision: {decidedOn: "%s", body: "SAS", decidedBy: [PCC]}
                args: {agreementId: s22-test, party: BED-PCC}
            """;

    private static final String DISAGREEMENT = """
            documents:
              - {id: press, title: "BCH press release, Dec 2015", date: "2015-12"}
              - {id: bcb, title: "BCB report, 19 Jul 2018", date: "2018-07-19"}
            entries:
              - id: imd-case-date-disagreement
                command: record-disagreement
                source: {document: bcb, paragraph: "§6.1, §6.3", quote: "with the exception of the Information Management Department that was in 2016"}
                decision: {decidedOn: "2018-07-19", dateInferredFrom: "the date of the later document", nature: REPORTED}
                args:
                  disagreementId: imd-business-case-date
                  topic: When the Information Management business case was approved
                  statements:
                    - {source: {document: press, paragraph: "¶6", quote: "following the approval in 2015 of business cases for Information Management"}, says: "Approved in 2015"}
                    - {source: {document: bcb, paragraph: "§6.1, §6.3", quote: "Information Management Department (IMD) (May 16)"}, says: "Approved in May 2016"}
                  resolution: Both kept; the approval is recorded as the BCB report dates it.
            """;

    @Autowired
    HistoryFileReader reader;

    @Autowired
    HistoryRehearsal rehearsal;

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
        String noSource = HEAD + DRAFT.replace("    source: {document: bcb, paragraph: \"§4\", quote: \"further functions have been collaborated\"}\n", "");

        assertThatThrownBy(() -> read(noSource)).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("entry draft").hasMessageContaining("'source'");
    }

    @Test
    void anEntryCitingAnUnknownDocumentOrNoParagraphIsRefused() {
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("document: bcb", "document: minutes")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("source.document");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace(", paragraph: \"§4\"", "")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("'paragraph'");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace(", quote: \"further functions have been collaborated\"", "")))
                .as("a history is evidence: an entry without its source's words is refused")
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry draft").hasMessageContaining("'quote'");
    }

    @Test
    void eachStatementOfADisagreementCitesItsDocumentByIdAsAnEntryDoesAndTheEntryRehearses() {
        List<HistoryEntry> entries = read(DISAGREEMENT);

        RecordDisagreement disagreement = (RecordDisagreement) entries.get(0).command();
        assertThat(disagreement.statements()).extracting(Statement::source).containsExactly(
                new SourceRef("BCH press release, Dec 2015", PartialDate.parse("2015-12"), "¶6",
                        "following the approval in 2015 of business cases for Information Management"),
                new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.1, §6.3",
                        "Information Management Department (IMD) (May 16)"));
        assertThat(disagreement.decision().source().document()).isEqualTo("BCB report, 19 Jul 2018");
        assertThat(disagreement.decision().nature()).isEqualTo(Nature.REPORTED);
        rehearsal.rehearse(entries, "test.yaml");
    }

    @Test
    void aStatementCitingAnUnknownDocumentIsRefusedByEntryAndField() {
        assertThatThrownBy(() -> read(DISAGREEMENT.replace("document: press", "document: minutes")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry imd-case-date-disagreement")
                .hasMessageContaining("'args.statements[0].source.document'").hasMessageContaining("'minutes'");
    }

    @Test
    void aMalformedFieldIsNamedWithItsEntry() {
        String badYear = HEAD + """
                  - id: cost
                    command: record-change-team-cost
                    source: {document: bcb, paragraph: "§5.2", quote: "ICT £541 £508"}
                    decision: {decidedOn: "2018-07-19", body: "BCB", decidedBy: [CE]}
                    args: {ledgerId: savings-x, entryId: cost-1, force: CAM, fiscalYear: "2016/18", amount: 100}
                """;

        assertThatThrownBy(() -> read(badYear)).isInstanceOf(HistoryFileException.class)
                .hasMessageContaining("entry cost").hasMessageContaining("2016/18");
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithItsEntryAndField() {
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("source: {document: bcb, paragraph: \"§4\", quote: \"further functions have been collaborated\"}",
                "source: bcb §4"))).isInstanceOf(HistoryFileException.class)
                .hasMessage("test.yaml: entry draft: field 'source' must be a mapping");
        assertThatThrownBy(() -> read(DISAGREEMENT.replace("paragraph: \"¶6\"", "paragraph: [\"¶6\"]"))).isInstanceOf(HistoryFileException.class)
                .hasMessage("test.yaml: entry imd-case-date-disagreement: field 'args.statements[0].source.paragraph' must be text");
    }

    @Test
    void anAmountMayGroupItsDigitsWithUnderscoresAsYaml11Allows() {
        String cost = HEAD + """
                  - id: cost
                    command: record-change-team-cost
                    source: {document: bcb, paragraph: "§5.2", quote: "ICT £541 £508"}
                    decision: {decidedOn: "2018-07-19", body: "BCB", decidedBy: [CE]}
                    args: {ledgerId: savings-x, entryId: cost-1, force: CAM, fiscalYear: "2016/17", amount: 54_100_000}
                """;

        assertThat(((RecordChangeTeamCost) read(cost).get(0).command()).amount()).isEqualTo(Money.ofPence(54_100_000));
        assertThatThrownBy(() -> read(cost.replace("54_100_000", "\"54_100_000\""))).as("quoted, it is text")
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry cost").hasMessageContaining("amount");
    }

    @Test
    void anAliasATagAKeyGivenTwiceOrNestingBeyondTheLimitIsRefusedNotGuessedAt() {
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("agreementId: s22-test, functionId: test-function", "agreementId: &id s22-test, functionId: *id")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("not valid YAML").hasMessageContaining("alias (*id)");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("title: Test", "title: !secret Test")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("not valid YAML").hasMessageContaining("tag (!secret)");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("title: Test", "title: Test, title: Other")))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("not valid YAML").hasMessageContaining("\"title\"");
        assertThatThrownBy(() -> read(HEAD + DRAFT.replace("parties: [BED-PCC, CAM-PCC]", "parties: " + "[".repeat(60) + "]".repeat(60))))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("not valid YAML").hasMessageContaining("nesting depth");
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

    private long storedEvents() {
        return database.getCollection("events").countDocuments(new Document());
    }
}
