package org.allianceledger.history;

import static org.allianceledger.history.ReadModelsOverHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Across all five documents: a reported fact or a plan is nobody's decision, and every row of the
 * register quotes its source and cites one of the five documents by title.
 */
class RegisterProvenanceTest extends ShippedHistoryStatements {

    private static final List<String> DOCUMENTS = List.of(ReadModelsOverHttp.CONCERTO, ReadModelsOverHttp.UPDATE_2017,
            ReadModelsOverHttp.PRESS_2015, ReadModelsOverHttp.BCB_2018, ReadModelsOverHttp.CE_2019);

    @Test
    void reportedFactsAndPlansNameNoDecider() throws Exception {
        List<JsonNode> register = api.register();

        assertThat(register).filteredOn(row -> List.of("REPORTED", "PLANNED").contains(row.get("nature").asText()))
                .hasSizeGreaterThan(100)
                .allSatisfy(row -> assertThat(texts(row.get("decidedBy")))
                        .as(row.get("nature") + " " + row.get("kind") + " " + row.get("subject") + " (" + row.get("source").get("paragraph") + ")")
                        .isEmpty());
        assertThat(register).extracting(row -> row.get("nature").asText()).contains("DECISION", "REPORTED", "PLANNED");
    }

    @Test
    void everyRowQuotesItsSourceAndCitesOneOfTheFiveDocuments() throws Exception {
        List<JsonNode> register = api.register();

        assertThat(register).isNotEmpty().allSatisfy(row -> {
            JsonNode source = row.get("source");
            assertThat(source.get("quote").asText("")).as(row.get("kind") + " " + row.get("subject")).isNotBlank();
            assertThat(source.get("paragraph").asText("")).as(row.get("kind") + " " + row.get("subject")).isNotBlank();
            assertThat(source.get("document").asText()).isIn(DOCUMENTS);
        });
        assertThat(register).extracting(row -> row.get("source").get("document").asText()).containsAll(DOCUMENTS);
    }
}
