package org.allianceledger.history;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.allianceledger.alliance.Nature;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shipped history reads as valid commands, every one of them cited. */
@LedgerServiceTest
class ShippedHistoryTest {

    @Autowired
    HistoryFileReader reader;

    @Autowired
    HistoryProperties properties;

    private List<HistoryEntry> entries() throws IOException {
        return reader.read(properties.file().getInputStream(), properties.file().getFilename());
    }

    @Test
    void everyEntryCitesADocumentAParagraphAndItsWords() throws IOException {
        assertThat(entries()).isNotEmpty().allSatisfy(entry -> {
            var source = entry.command().decision().source();
            assertThat(source).as(entry.id()).isNotNull();
            assertThat(source.document()).as(entry.id()).isNotBlank();
            assertThat(source.paragraph()).as(entry.id() + " names a paragraph or table").isNotBlank();
            assertThat(source.quote()).as(entry.id() + " quotes its source").isNotBlank();
        });
    }

    @Test
    void eachDocumentContributesItsEntries() throws IOException {
        Map<String, Long> byDocument = new TreeMap<>(entries().stream()
                .collect(groupingBy(HistoryEntry::document, counting())));
        byDocument.forEach((document, count) -> System.out.printf("%-45s %4d%n", document, count));

        assertThat(byDocument).containsOnlyKeys("BCB report, 19 Jul 2018", "BCH press release, Dec 2015",
                "CE Strategic Alliance Review, Apr 2019", "Collaboration Update, 14 Dec 2017", "Concerto case study");
    }

    @Test
    void onlyDecisionsNameDecidersAndReportedFactsAndPlansDoNot() throws IOException {
        assertThat(entries()).filteredOn(entry -> entry.command().decision().nature() != Nature.DECISION)
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.command().decision().decidedBy()).as(entry.id()).isEmpty());
    }

    @Test
    void anInferredDateSaysWhatItIsInferredFrom() throws IOException {
        assertThat(entries()).filteredOn(entry -> entry.command().decision().dateInferred())
                .hasSizeGreaterThan(50)
                .allSatisfy(entry -> assertThat(entry.command().decision().dateInferredFrom()).as(entry.id()).hasSizeGreaterThan(20));
        assertThat(entries()).filteredOn(entry -> entry.id().endsWith("unit-launched"))
                .allSatisfy(entry -> assertThat(entry.command().decision().dateInferredFrom()).contains("gives no year"));
    }

    @Test
    void theConcertoCaseStudyIsUndatedAndItsEntriesSaySo() throws IOException {
        assertThat(entries()).filteredOn(entry -> entry.document().equals("Concerto case study")).isNotEmpty()
                .allSatisfy(entry -> {
                    assertThat(entry.command().decision().source().date()).isNull();
                    assertThat(entry.command().decision().dateInferredFrom()).as(entry.id()).isNotNull();
                });
    }
}
