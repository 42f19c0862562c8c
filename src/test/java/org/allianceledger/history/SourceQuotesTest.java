package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.allianceledger.alliance.SourceRef;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.SourceDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every citation in the shipped history quotes its document word for word: each quote is looked up
 * in the document's own text. The quotes are the record's evidence; the documents stay where they are.
 */
@LedgerServiceTest
class SourceQuotesTest {

    @Autowired
    HistoryFileReader reader;

    @Autowired
    HistoryProperties properties;

    @Test
    void everyQuoteStandsInTheDocumentItCites() throws IOException {
        SourceDocuments documents = SourceDocuments.readOrSkip();
        List<HistoryEntry> entries = reader.read(properties.file().getInputStream(), properties.file().getFilename());
        List<String> checked = new ArrayList<>();
        assertThat(entries).allSatisfy(entry -> citations(entry.command()).forEach(source -> {
            assertThat(documents.has(source.document())).as(entry.id() + " cites a document of the index: " + source.document()).isTrue();
            assertThat(source.quote()).as(entry.id() + " quotes its source").isNotBlank();
            assertThat(documents.quotes(source.document(), source.quote()))
                    .as(entry.id() + ": the quote is not in " + source.document() + ": " + source.quote()).isTrue();
            checked.add(entry.id());
        }));
        assertThat(checked).hasSizeGreaterThanOrEqualTo(entries.size());
    }

    @Test
    void everyPressReleaseQuoteStandsInTheParagraphItCites() throws IOException {
        SourceDocuments documents = SourceDocuments.readOrSkip();
        String pressRelease = "BCH press release, Dec 2015";
        List<SourceRef> cited = reader.read(properties.file().getInputStream(), properties.file().getFilename()).stream()
                .flatMap(entry -> citations(entry.command()).stream())
                .filter(source -> source.document().equals(pressRelease)).toList();
        assertThat(cited).isNotEmpty().allSatisfy(source -> assertThat(documents.quotesParagraphs(pressRelease,
                source.paragraph(), source.quote())).as(source.paragraph() + ": " + source.quote()).isTrue());
        assertThat(documents.quotesParagraphs(pressRelease, "¶8", "Agreements have also been recently signed"))
                .as("the signing of the Firearms and HR agreements is in ¶7, not ¶8").isFalse();
    }

    @Test
    void aQuoteThatIsNotInTheDocumentIsFound() {
        SourceDocuments documents = SourceDocuments.readOrSkip();
        assertThat(documents.quotes("BCB report, 19 Jul 2018", "The following business cases were approved in 2015")).isTrue();
        assertThat(documents.quotes("BCB report, 19 Jul 2018", "The following business cases were approved by the PCCs")).isFalse();
        assertThat(documents.quotes("BCB report, 19 Jul 2018", "Firearms Licensing (February 2015) … £112k")).isTrue();
        assertThat(documents.quotes("BCB report, 19 Jul 2018", "£112k … Firearms Licensing (February 2015)")).as("parts in order").isFalse();
    }

    /** The entry's own citation and any other a command carries (a progress step's evidence, a disagreement's statements). */
    private static List<SourceRef> citations(Object value) {
        List<SourceRef> found = new ArrayList<>();
        if (value instanceof SourceRef source) {
            found.add(source);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> found.addAll(citations(item)));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    found.addAll(citations(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }
}
