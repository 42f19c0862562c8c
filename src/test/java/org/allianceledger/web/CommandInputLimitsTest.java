package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.LongText;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.command.CommandCatalog;
import org.allianceledger.command.InputLimits;
import org.allianceledger.support.AllFeatureSamples;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

/**
 * Issue 13, findings 1, 2, 4 and 5: whatever a command endpoint accepts is stored, read back and
 * verified unchanged, and anything beyond a limit answers a problem with nothing written.
 */
@LedgerServiceTest
class CommandInputLimitsTest {

    private static final String FACE = "Zoë – ünïcödé 😀 ";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    CommandCatalog catalog;

    @Autowired
    InputLimits limits;

    private LedgerHttp http;
    private final Map<String, Object> samples = AllFeatureSamples.commandsByEndpoint();
    private int distinct;

    @BeforeEach
    void setUp() {
        http = new LedgerHttp("http://127.0.0.1:" + port);
    }

    // --- finding 1: a year that cannot be read back ---------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0000", "0999", "-001", "1899", "1899-12-31"})
    void aDecisionDatedBeforeTheEarliestYearIsRefusedNamingTheField(String year) throws Exception {
        ObjectNode command = sample("/api/commands/establish-governance-body");
        ((ObjectNode) command.get("decision")).put("decidedOn", year);

        assertRefused("/api/commands/establish-governance-body", command, 400, "decision.decidedOn");
    }

    @Test
    void everyDateOfACommandIsHeldToTheSameYears() throws Exception {
        ObjectNode deferral = sample("/api/commands/defer-collaboration");
        deferral.put("earliestReview", "0999");
        ((ObjectNode) deferral.get("decision")).put("decidedOn", "0998"); // so that the review is not before the deferral
        ObjectNode recommendation = sample("/api/commands/raise-recommendation");
        recommendation.put("dueBy", "0999-12");
        ObjectNode cited = sample("/api/commands/establish-governance-body");
        ((ObjectNode) cited.at("/decision/source")).put("date", "0999");

        assertRefused("/api/commands/defer-collaboration", deferral, 400, "earliestReview");
        assertRefused("/api/commands/raise-recommendation", recommendation, 400, "dueBy");
        assertRefused("/api/commands/establish-governance-body", cited, 400, "decision.source.date");
    }

    // --- finding 2 and 5: text that is not valid Unicode, holds control characters or is blank -------------

    @ParameterizedTest
    @ValueSource(strings = {"x\\ud800y", "x\\udfffy", "x\\u0000y", "x\\u001by", "two\\nlines", "x\\u0085y"})
    void aNameThatIsNotValidUnicodeOrHoldsAControlCharacterIsRefused(String name) throws Exception {
        String body = LedgerHttp.JSON.writeValueAsString(sample("/api/commands/establish-governance-body"))
                .replace("\"name\":\"", "\"name\":\"" + name);

        assertRefused("/api/commands/establish-governance-body", body, 400, "name");
    }

    @Test
    void whitespaceOnlyTextIsRefusedWhereTextIsRequired() throws Exception {
        ObjectNode command = sample("/api/commands/establish-governance-body");
        command.putArray("members").add("PCCs").add(" \t ");

        assertRefused("/api/commands/establish-governance-body", command, 400, "members[1]");
    }

    // --- finding 4: amounts that overflow a total -------------------------------------------------------

    @Test
    void anAmountBeyondTheLimitIsRefused() throws Exception {
        ObjectNode command = sample("/api/commands/record-budget-reduction");
        command.put("amount", Long.MAX_VALUE);

        assertRefused("/api/commands/record-budget-reduction", command, 400, "amount");
    }

    // --- finding 5: sizes and strict JSON ------------------------------------------------------------------

    @Test
    void aRationaleOfTenMegabytesIsTooLargeAndOneCharacterOverTheLimitIsMalformed() throws Exception {
        ObjectNode huge = sample("/api/commands/establish-governance-body");
        ((ObjectNode) huge.get("decision")).put("rationale", "x".repeat(10 << 20));
        ObjectNode over = sample("/api/commands/establish-governance-body");
        ((ObjectNode) over.get("decision")).put("rationale", "x".repeat(limits.maxLongText() + 1));

        byte[] body = LedgerHttp.JSON.writeValueAsBytes(huge);
        assertThat(exchange("Content-Length: " + body.length, new byte[0])).startsWith("HTTP/1.1 413");
        assertRefused("/api/commands/establish-governance-body", over, 400, "decision.rationale");
    }

    /**
     * A declared length over the limit is answered before the body is read (a client that waits for
     * {@code 100 Continue}, as curl does for large bodies, never sends it); a chunked body declares no
     * length, and is refused once the limit has been read. Both over a plain socket, so that the test
     * sees the answer whatever a client library does with a body the server has stopped reading.
     */
    @Test
    void aSeventeenMegabyteBodyAnswers413AndSoDoesAChunkedOneOverTheLimit() throws Exception {
        long before = storedEvents();
        int over = (int) limits.maxRequestBytes().toBytes() + 1;

        String sized = exchange("Content-Length: " + (17 << 20), new byte[0]);
        String chunked = exchange("Transfer-Encoding: chunked",
                (Integer.toHexString(over) + "\r\n" + "x".repeat(over) + "\r\n").getBytes(StandardCharsets.US_ASCII));

        for (String response : List.of(sized, chunked)) {
            assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json");
        }
        assertThat(storedEvents()).as("nothing written").isEqualTo(before);
    }

    /** Sends a command's headers and {@code body}, and reads the answer's status line and headers without sending more. */
    private String exchange(String lengthHeader, byte[] body) throws Exception {
        String basic = Base64.getEncoder().encodeToString((TestUsers.CLERK.username() + ":" + TestUsers.CLERK.password())
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/commands/establish-governance-body HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nAuthorization: Basic " + basic + "\r\n" + lengthHeader + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            StringBuilder head = new StringBuilder();
            InputStream in = socket.getInputStream();
            for (int b; head.indexOf("\r\n\r\n") < 0 && (b = in.read()) >= 0; ) {
                head.append((char) b);
            }
            return head.toString();
        }
    }

    @Test
    void duplicateKeysAndNumbersForTextAreRefused() throws Exception {
        String json = LedgerHttp.JSON.writeValueAsString(sample("/api/commands/establish-governance-body"));

        assertRefused("/api/commands/establish-governance-body", json.replace("\"name\":", "\"name\":\"Twice\",\"name\":"), 400, null);
        assertRefused("/api/commands/establish-governance-body", json.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":42"), 400, null);
        assertRefused("/api/commands/establish-governance-body", json.replace("\"bodyId\":", "\"bodyld\":"), 400, null);
        ObjectNode textForAmount = sample("/api/commands/record-budget-reduction");
        textForAmount.put("amount", "9200000");
        assertRefused("/api/commands/record-budget-reduction", textForAmount, 400, null);
    }

    @Test
    void theSchemasStateTheLimits() throws Exception {
        JsonNode schemas = http.get("/v3/api-docs").json().at("/components/schemas");

        assertThat(schemas.at("/DecisionContext/properties/rationale/maxLength").asInt()).isEqualTo(limits.maxLongText());
        assertThat(schemas.at("/DecisionContext/properties/body/maxLength").asInt()).isEqualTo(limits.maxShortText());
        assertThat(schemas.at("/DecisionContext/properties/decidedBy/items/maxLength").asInt()).isEqualTo(limits.maxShortText());
        assertThat(schemas.at("/DecisionContext/properties/decidedOn/pattern").asText()).isNotBlank();
        assertThat(schemas.at("/RecordBudgetReduction/properties/amount/maximum").asLong()).isEqualTo(limits.maxAmountPence());
        assertThat(schemas.at("/ReportReview/properties/findings/items/maxLength").asInt()).isEqualTo(limits.maxLongText());
    }

    // --- the round trip: at every limit, every command endpoint ------------------------------------------

    /**
     * Every command endpoint, its sample stretched to the limits (longest text, largest amount, earliest
     * and latest years, non-ASCII text) under ids of its own: one past a limit answers 400 and writes
     * nothing; at the limit the stored event holds exactly what was sent, and the hash chain verifies.
     */
    @Test
    void whatEveryEndpointAcceptsAtItsLimitsReadsBackUnchangedAndVerifies() throws Exception {
        long before = storedEvents();
        for (String endpoint : samples.keySet()) {
            ObjectNode atLimits = atLimits(endpoint, "-over");
            ObjectNode tooLong = atLimits.deepCopy();
            ((ObjectNode) tooLong.get("decision")).put("rationale", text(limits.maxLongText() + 1, true));
            ObjectNode tooEarly = atLimits.deepCopy();
            ((ObjectNode) tooEarly.get("decision")).put("decidedOn", String.valueOf(limits.earliestYear() - 1));
            assertRefused(endpoint, tooLong, 400, "decision.rationale");
            assertRefused(endpoint, tooEarly, 400, "decision.decidedOn");
            if (atLimits.has("amount")) {
                assertRefused(endpoint, atLimits.deepCopy().put("amount", limits.maxAmountPence() + 1), 400, "amount");
            }
        }
        assertThat(storedEvents()).as("events written by refused commands").isEqualTo(before);

        List<String> failures = new ArrayList<>();
        Map<String, JsonNode> recorded = new HashMap<>();
        for (List<String> run : runs()) {
            String ids = "-limits-" + distinct++;
            for (String endpoint : run) {
                ObjectNode sent = atLimits(endpoint, ids);
                LedgerHttp.Response answer = http.post(endpoint, sent);
                if (answer.status() != 200) {
                    failures.add(endpoint + " answered " + answer.status() + ": " + abbreviated(answer.body()));
                    continue;
                }
                JsonNode event = storedEvent(answer.json().get("aggregateId").asText(), answer.json().get("version").asLong());
                JsonNode stored = event.get("payload");
                assertThat(stored.get("decision")).as(endpoint + ": the decision as stored").isEqualTo(sent.get("decision"));
                assertThat(leaves(stored)).as(endpoint + ": every value sent is stored as sent").containsAll(leaves(sent));
                recorded.put(event.get("eventId").asText(), stored);
                JsonNode decision = sent.get("decision");
                String day = decision.get("decidedOn").asText(); // every rationale here is its own text
                assertThat(http.get("/api/decisions?from=" + day + "&to=" + day).json())
                        .as(endpoint + ": the register row holds the decision as sent")
                        .anySatisfy(row -> {
                            assertThat(row.get("rationale")).isEqualTo(decision.get("rationale"));
                            assertThat(row.get("source")).isEqualTo(decision.get("source"));
                            assertThat(row.get("decidedBy")).isEqualTo(decision.get("decidedBy"));
                        });
            }
        }
        assertThat(failures).isEmpty();
        JsonNode report = http.get("/api/integrity/verify").json();
        assertThat(report.get("ok").asBoolean()).as(report.toString()).isTrue();
        Map<String, JsonNode> exported = exportedPayloads();
        recorded.forEach((eventId, payload) ->
                assertThat(exported.get(eventId)).as("event " + eventId + " in the export").isEqualTo(payload));
    }

    /** Each event's payload as the signed export holds it, by event id. */
    private Map<String, JsonNode> exportedPayloads() throws Exception {
        byte[] bundle = LedgerHttp.as("http://127.0.0.1:" + port, TestUsers.AUDITOR.username(), TestUsers.AUDITOR.password())
                .getBytes("/api/export");
        Map<String, JsonNode> payloads = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bundle))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("events.jsonl")) {
                    for (String line : new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        JsonNode event = LedgerHttp.JSON.readTree(line);
                        payloads.put(event.get("eventId").asText(), event.get("payload"));
                    }
                }
            }
        }
        return payloads;
    }

    /**
     * The endpoints in runs that an aggregate accepts in turn: per feature, what creates it, what changes
     * it, and one decision that ends it; a feature with several endings runs again for each.
     */
    private List<List<String>> runs() {
        Map<Class<?>, List<String>> byFeature = new TreeMap<>(Comparator.comparing(Class::getName));
        samples.keySet().stream().sorted(Comparator.comparingInt(CommandInputLimitsTest::stage).thenComparing(Comparator.naturalOrder()))
                .forEach(endpoint -> byFeature.computeIfAbsent(commandType(endpoint).getInterfaces()[0], f -> new ArrayList<>()).add(endpoint));
        List<List<String>> runs = new ArrayList<>();
        byFeature.values().forEach(endpoints -> {
            List<String> changing = endpoints.stream().filter(endpoint -> stage(endpoint) < ENDS).toList();
            List<String> ending = endpoints.stream().filter(endpoint -> stage(endpoint) == ENDS).toList();
            if (ending.isEmpty()) {
                runs.add(changing);
            }
            ending.forEach(end -> {
                List<String> run = new ArrayList<>(changing);
                run.add(end);
                runs.add(run);
            });
        });
        return runs;
    }

    private static final int ENDS = 5;

    /** 0 creates, 1 changes, 2 changes what a change made (a recommendation, an entry), 3 defers, 4 resumes, 5 ends. */
    private static int stage(String endpoint) {
        String name = endpoint.substring(endpoint.lastIndexOf('/') + 1);
        if (name.matches("(open|propose|establish|agree|commission|draft|approve|record-disagreement)-.*")) {
            return 0;
        }
        if (name.matches("(correct|reassign|change-recommendation|record-recommendation)-.*")) {
            return 2;
        }
        if (name.matches("(withdraw|disband|terminate|decide-not|move-to|supersede)-.*")) {
            return ENDS;
        }
        return name.startsWith("defer") ? 3 : name.startsWith("resume") ? 4 : 1;
    }

    private Class<?> commandType(String endpoint) {
        return catalog.find(endpoint.substring(endpoint.lastIndexOf('/') + 1)).orElseThrow();
    }

    /** The endpoint's sample with every free text at its longest, every amount at its largest and every date at an end of the range. */
    private ObjectNode atLimits(String endpoint, String ids) {
        ObjectNode json = sample(endpoint);
        String target = commandType(endpoint).getRecordComponents()[0].getName();
        json.put(target, json.get(target).asText() + ids);
        stretch(json, commandType(endpoint));
        ObjectNode decision = (ObjectNode) json.get("decision");
        decision.put("decidedOn", limits.earliestYear() + "-01-01");
        if (!decision.hasNonNull("nature")) {
            decision.put("nature", "DECISION"); // what the record reads an absent nature as
        }
        return json;
    }

    private void stretch(ObjectNode json, Class<?> record) {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = component.getName();
            JsonNode value = json.get(name);
            boolean longText = component.isAnnotationPresent(LongText.class);
            Class<?> type = component.getType();
            if (value == null || value.isNull()) {
                continue;
            }
            // ids and numbers have formats of their own
            boolean free = !name.endsWith("Id") && !name.equals("number") && !name.equals("supersededBy");
            if (type == String.class && free) {
                json.put(name, text(longText ? limits.maxLongText() : limits.maxShortText(), longText));
            } else if (type == Money.class) {
                json.put(name, limits.maxAmountPence());
            } else if (type == PartialDate.class && name.equals("date")) {
                json.put(name, limits.earliestYear() + "-01-01"); // a document is not dated after what it records
            } else if (type == PartialDate.class || type == DueBy.class) {
                json.put(name, InputLimits.LATEST_YEAR + (type == PartialDate.class ? "-12-31" : ""));
            } else if (List.class.isAssignableFrom(type) && value.isArray()) {
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                ArrayNode items = (ArrayNode) value;
                for (int i = 0; i < items.size(); i++) {
                    if (element == String.class) {
                        items.set(i, text(longText ? limits.maxLongText() : limits.maxShortText(), longText));
                    } else if (element.isRecord() && items.get(i).isObject()) {
                        stretch((ObjectNode) items.get(i), element);
                    }
                }
            } else if (type.isRecord() && value.isObject()) {
                stretch((ObjectNode) value, type);
            }
        }
    }

    /** Exactly {@code length} characters (code points) of non-ASCII text, each call's different; prose with a line break and a tab. */
    private String text(int length, boolean prose) {
        String pattern = distinct++ + " " + FACE + (prose ? "\n\t" : "");
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < length - 1) {
            text.appendCodePoint(pattern.codePointAt(text.length() % pattern.length()));
        }
        return text.append('.').toString();
    }

    /** Every text and number in the JSON, as JSON (so that 5 read as an int equals 5 written as a long). */
    private static List<String> leaves(JsonNode node) {
        List<String> leaves = new ArrayList<>();
        if (node.isContainerNode()) {
            node.forEach(child -> leaves.addAll(leaves(child)));
        } else if (node.isTextual() || node.isNumber()) {
            leaves.add(node.toString());
        }
        return leaves;
    }

    private JsonNode storedEvent(String aggregateId, long version) throws Exception {
        for (JsonNode event : http.get("/api/streams/" + aggregateId).json()) {
            if (event.get("sequenceNumber").asLong() == version) {
                return event;
            }
        }
        throw new AssertionError("No event " + version + " of " + aggregateId);
    }

    private ObjectNode sample(String endpoint) {
        return LedgerHttp.JSON.valueToTree(samples.get(endpoint));
    }

    private void assertRefused(String endpoint, Object command, int status, String field) throws Exception {
        long before = storedEvents();
        LedgerHttp.Response response = command instanceof String raw ? http.postRaw(endpoint, raw) : http.post(endpoint, command);

        String what = endpoint + " " + abbreviated(response.body());
        assertThat(response.status()).as(what).isEqualTo(status);
        assertThat(response.json().get("detail").asText()).as(what).isNotBlank();
        if (field != null) {
            assertThat(response.json().path("field").asText()).as(what).isEqualTo(field);
        }
        assertThat(storedEvents()).as(what + ": nothing written").isEqualTo(before);
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(new Document());
    }
}
