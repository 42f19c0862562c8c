package org.allianceledger.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.allianceledger.support.LedgerHttp;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The read models of the shipped history as any client sees them, through the JSON API, and the
 * check that finds each of a document's statements in the decision register.
 */
final class ReadModelsOverHttp {

    static final String CONCERTO = "Concerto case study";
    static final String UPDATE_2017 = "Collaboration Update, 14 Dec 2017";
    static final String PRESS_2015 = "BCH press release, Dec 2015";
    static final String BCB_2018 = "BCB report, 19 Jul 2018";
    static final String CE_2019 = "CE Strategic Alliance Review, Apr 2019";

    private final LedgerHttp http;

    ReadModelsOverHttp(int port) {
        this.http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    JsonNode get(String path) throws Exception {
        LedgerHttp.Response response = http.get(path);
        assertThat(response.status()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    /** Every row of the decision register. */
    List<JsonNode> register() throws Exception {
        return list(get("/api/decisions?limit=5000"));
    }

    /** The register rows that cite this document. */
    List<JsonNode> registerCiting(String document) throws Exception {
        return register().stream().filter(row -> document.equals(row.path("source").path("document").asText())).toList();
    }

    /** The stored events of one aggregate, as /api/streams serves them: what a read model does not show. */
    List<JsonNode> stream(String aggregateId, String type) throws Exception {
        return list(get("/api/streams/" + aggregateId)).stream()
                .filter(event -> type.equals(event.get("type").asText()))
                .map(event -> event.get("payload"))
                .toList();
    }

    JsonNode function(String functionId, String asOf) throws Exception {
        return find(get("/api/functions" + (asOf == null ? "" : "?asOf=" + asOf)), "functionId", functionId);
    }

    JsonNode disagreement(String disagreementId) throws Exception {
        return find(get("/api/disagreements"), "disagreementId", disagreementId);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + array);
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(node -> texts.add(node.asText()));
        }
        return texts;
    }

    static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /**
     * Finds each statement among the rows citing {@code document} and lists, per statement, what is
     * missing or different; an empty list when every statement is in the register as the document makes it.
     */
    static List<String> mismatches(List<JsonNode> rowsOfDocument, List<Said> statements) {
        List<String> problems = new ArrayList<>();
        for (Said said : statements) {
            List<JsonNode> sameSubject = rowsOfDocument.stream()
                    .filter(row -> said.kind == null || said.kind.equals(row.get("kind").asText()))
                    .filter(row -> said.subject == null || said.subject.equals(row.path("subject").path("id").asText()))
                    .toList();
            Predicate<JsonNode> selected = row -> (said.on == null || said.on.equals(row.get("decidedOn").asText()))
                    && (said.paragraph == null || said.paragraph.equals(row.path("source").path("paragraph").asText()))
                    && said.quoteContains.stream().allMatch(words -> row.path("source").path("quote").asText().contains(words))
                    && (said.decidedBy == null || said.decidedBy.equals(texts(row.get("decidedBy"))));
            List<JsonNode> found = sameSubject.stream().filter(selected).toList();
            if (found.size() != said.times) {
                problems.add(said + ": expected " + said.times + " entr" + (said.times == 1 ? "y" : "ies") + ", found "
                        + found.size() + "; entries of that kind and subject: " + sameSubject.stream()
                        .map(ReadModelsOverHttp::describe).collect(Collectors.joining("; ")));
                continue;
            }
            for (JsonNode row : found) {
                check(problems, said, "precision", said.precision, textOrNull(row.get("precision")));
                check(problems, said, "nature", said.nature, textOrNull(row.get("nature")));
                if (said.bodyChecked && !Objects.equals(said.body, textOrNull(row.get("body")))) {
                    problems.add(said + ": body " + textOrNull(row.get("body")) + ", expected " + said.body);
                }
                String inferredFrom = textOrNull(row.get("dateInferredFrom"));
                if (said.inferred != null && said.inferred != (inferredFrom != null)) {
                    problems.add(said + (said.inferred ? ": date not marked inferred" : ": date marked inferred (" + inferredFrom
                            + ") though the document states it"));
                }
                if (said.inferredFromContains != null && (inferredFrom == null || !inferredFrom.contains(said.inferredFromContains))) {
                    problems.add(said + ": dateInferredFrom " + inferredFrom + " does not say '" + said.inferredFromContains + "'");
                }
                if (row.path("source").path("quote").asText().isBlank()) {
                    problems.add(said + ": no quote");
                }
            }
        }
        return problems;
    }

    private static void check(List<String> problems, Said said, String field, String expected, String actual) {
        if (expected != null && !expected.equals(actual)) {
            problems.add(said + ": " + field + " " + actual + ", expected " + expected);
        }
    }

    private static String describe(JsonNode row) {
        return row.get("decidedOn").asText() + " " + row.get("nature").asText() + " by " + texts(row.get("decidedBy"))
                + " at " + row.path("source").path("paragraph").asText();
    }
}
