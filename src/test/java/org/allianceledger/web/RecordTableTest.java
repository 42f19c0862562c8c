package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Subject;
import org.allianceledger.review.RecommendationStatus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

class RecordTableTest {

    record Row(String functionId, String reviewCondition, RecommendationStatus status, List<Force> forces,
               CorporationSole party, Subject subject) {
    }

    private final RecordTable<Row> table = RecordTable.of(Row.class, List.of(
            new Row("public-contact", null, RecommendationStatus.IN_PROGRESS, List.of(Force.BED, Force.CAM),
                    CorporationSole.parse("HER-CC"), new Subject("function", "public-contact")),
            new Row("custody", "after Athena", null, List.of(), null, null)));

    @Test
    void anAbsentValueIsAnEmptyCellAndACodeIsWrittenInWordsWhileIdsStayIds() {
        assertThat(table.csv()).isEqualTo("""
                functionId,reviewCondition,status,forces,party,subject\r
                public-contact,,in progress,Bedfordshire; Cambridgeshire,Chief Constable of Hertfordshire,function public-contact\r
                custody,after Athena,,,,\r
                """);
        assertThat(table.markdown()).isEqualTo("""
                | functionId | reviewCondition | status | forces | party | subject |
                | --- | --- | --- | --- | --- | --- |
                | public-contact |  | in progress | Bedfordshire; Cambridgeshire | Chief Constable of Hertfordshire | function public-contact |
                | custody | after Athena |  |  |  |  |
                """);
    }

    record Decided(String summary, String body, List<String> decidedBy, String owner) {
    }

    @Test
    void whereTheSourceNamesNoBodyDeciderOrOwnerTheMarkdownSaysSoAndTheCsvLeavesItEmpty() {
        RecordTable<Decided> decided = RecordTable.of(Decided.class, List.of(
                new Decided("Collaboration of Public Contact deferred", null, List.of(), null),
                new Decided("Concerto commissioned", "Strategic Alliance Summit", List.of("Strategic Alliance Summit"), "SAS")));
        assertThat(decided.markdown()).contains(
                "| Collaboration of Public Contact deferred | not named in the source | not named in the source | not named in the source |",
                "| Concerto commissioned | Strategic Alliance Summit | Strategic Alliance Summit | SAS |");
        assertThat(decided.csv()).contains("Collaboration of Public Contact deferred,,,\r\n");
    }

    record Cell(String text, long pence) {
    }

    @Test
    void aCsvCellASpreadsheetWouldRunAsAFormulaIsPrefixedAsTextWhileANegativeAmountStaysANumber() {
        RecordTable<Cell> cells = RecordTable.of(Cell.class, List.of(new Cell("=1+2", -79_500_000), new Cell("+44 1234", 0),
                new Cell("-2+3", 0), new Cell("@SUM(A1)", 0), new Cell("\tTab", 0), new Cell("\rReturn", 0),
                new Cell("=HYPERLINK(\"http://evil.example\")", 0), new Cell("-12.50", 0), new Cell("Plain - text", 0)));

        assertThat(cells.csv()).isEqualTo("""
                text,pence\r
                '=1+2,-79500000\r
                '+44 1234,0\r
                '-2+3,0\r
                '@SUM(A1),0\r
                '\tTab,0\r
                "'\rReturn",0\r
                "'=HYPERLINK(""http://evil.example"")",0\r
                -12.50,0\r
                Plain - text,0\r
                """);
        assertThat(readAsASpreadsheetDoes(cells.csv())).as("no cell but a number starts as a formula")
                .allSatisfy(cell -> assertThat(cell).matches("(?s)-?[0-9.]+|[^=+\\-@\t\r].*"));
        assertThat(cells.markdown()).as("the Markdown is for reading, not for a spreadsheet")
                .contains("| =1+2 | -79500000 |", "| @SUM(A1) | 0 |");
    }

    /** Every cell, the header's too, as a spreadsheet reads the CSV: unquoted, a quoted line break kept. */
    private static List<String> readAsASpreadsheetDoes(String csv) {
        try (MappingIterator<List<String>> rows = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build()
                .readerForListOf(String.class).readValues(csv)) {
            return rows.readAll().stream().flatMap(List::stream).toList();
        }
    }
}
