package org.allianceledger.history;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    void everyEntryCitesADocumentAndAParagraph() throws IOException {
        assertThat(entries()).isNotEmpty().allSatisfy(entry -> {
            var source = entry.command().decision().source();
            assertThat(source).as(entry.id()).isNotNull();
            assertThat(source.document()).as(entry.id()).isNotBlank();
            assertThat(source.paragraph()).as(entry.id() + " names a paragraph or table").isNotBlank();
        });
    }

    @Test
    void eachDocumentContributesItsEntries() throws IOException {
        Map<String, Long> byDocument = new TreeMap<>(entries().stream()
                .collect(groupingBy(HistoryEntry::document, counting())));
        byDocument.forEach((document, count) -> System.out.printf("%-45s %4d%n", document, count));

        assertThat(byDocument).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BCB report, 19 Jul 2018", 52L,
                "BCH press release, Dec 2015", 24L,
                "CE Strategic Alliance Review, Apr 2019", 50L,
                "Collaboration Update, 14 Dec 2017", 16L,
                "Concerto case study", 4L));
    }

    @Test
    void disagreementsBetweenSourcesAreNotedWhereTheyAreRecorded() throws IOException {
        assertThat(entries().stream().filter(entry -> entry.note() != null && entry.note().startsWith("Sources d")))
                .extracting(HistoryEntry::id)
                .contains("imd-case-approved", "firearms-portfolio-as-printed", "cam-saving-2017-18");
        assertThat(entries()).filteredOn(entry -> entry.id().endsWith("unit-launched"))
                .allSatisfy(entry -> assertThat(entry.note()).contains("gives no year"));
    }
}
