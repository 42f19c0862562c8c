package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Subject;
import org.allianceledger.review.RecommendationStatus;
import org.junit.jupiter.api.Test;

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
}
