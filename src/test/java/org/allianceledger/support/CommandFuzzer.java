package org.allianceledger.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.allianceledger.store.LedgerEventStorageEngine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

/**
 * Sends every command endpoint bodies made from its OpenAPI schema and its sample: values at and
 * past each limit the schema states, values of the wrong type, invalid Unicode (an unpaired
 * surrogate escape, bytes that are not UTF-8), control characters, huge and deeply nested values,
 * missing and unknown fields, and bodies that are not one JSON object. Each answer must be a 4xx
 * problem with nothing written, or a 200 whose events hold every value sent, as sent.
 */
public final class CommandFuzzer {

    /** What a Java class, package, exception or constant looks like in a message: no answer may name one. */
    public static final Pattern JAVA_NAME = Pattern.compile(
            "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\w+(Exception|Error)\\b|\\w\\$\\w|\\b[A-Z]\\w+\\.[A-Z][A-Z_]+\\b");

    private static final Set<Integer> REFUSALS = Set.of(400, 404, 409, 413, 422);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stand-ins for what a JSON tree cannot hold, replaced in the serialised body. */
    private static final String LONE_SURROGATE = "@@lone-surrogate@@";
    private static final String RAW = "@@raw:";
    private static final String END = "@@";
    private static final int DEEP = 5000;
    private static final String CREATES = "(open|propose|establish|agree|commission|draft|approve|record-disagreement)-.*";

    private final LedgerHttp http;
    private final MongoDatabase database;
    private final long seed;
    private final Random random;
    private final JsonNode schemas;
    private final Map<String, JsonNode> bodies = new TreeMap<>();
    private final Map<String, Object> samples;
    private int distinct;

    /** What a run sent and found: the answers by status, and each answer that broke a rule. */
    public record Report(long seed, int requests, Map<Integer, Integer> statuses, List<String> failures) {
    }

    public CommandFuzzer(LedgerHttp http, MongoDatabase database, long seed) throws Exception {
        this.http = http;
        this.database = database;
        this.seed = seed;
        this.random = new Random(seed);
        JsonNode api = http.get("/v3/api-docs").json();
        this.schemas = api.path("components").path("schemas");
        api.path("paths").properties().forEach(path -> {
            if (path.getKey().startsWith("/api/commands/")) {
                bodies.put(path.getKey(), resolve(path.getValue().at("/post/requestBody/content/application~1json/schema")));
            }
        });
        this.samples = AllFeatureSamples.commandsByEndpoint();
        if (!bodies.keySet().equals(samples.keySet())) {
            throw new IllegalStateException("The OpenAPI description documents " + bodies.keySet()
                    + " but the features give samples for " + samples.keySet());
        }
    }

    public Report run(int requests) throws Exception {
        for (String endpoint : bodies.keySet()) { // so that changes to the samples' aggregates may be recorded too
            if (name(endpoint).matches(CREATES)) {
                http.post(endpoint, samples.get(endpoint));
            }
        }
        List<String> endpoints = new ArrayList<>(bodies.keySet());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String endpoint = endpoints.get(random.nextInt(endpoints.size()));
            byte[] body = body(endpoint);
            String correlation = UUID.randomUUID().toString();
            long before = storedEvents();
            LedgerHttp.Response answer = http.withHeader("X-Correlation-Id", correlation).postBytes(endpoint, body);
            statuses.merge(answer.status(), 1, Integer::sum);
            String problem = judge(answer, body, correlation, storedEvents() - before);
            if (problem != null) {
                failures.add("#" + i + " " + endpoint + " " + abbreviated(new String(body, StandardCharsets.UTF_8))
                        + "\n  answered " + answer.status() + " " + abbreviated(answer.body()) + "\n  " + problem);
            }
        }
        JsonNode verification = http.get("/api/integrity/verify").json();
        if (!verification.path("ok").asBoolean()) {
            failures.add("the hash chain does not verify after the run: " + abbreviated(verification.toString()));
        }
        return new Report(seed, requests, statuses, failures);
    }

    /** Null if the answer keeps the rules, else what it broke. */
    private String judge(LedgerHttp.Response answer, byte[] body, String correlation, long written) throws Exception {
        if (REFUSALS.contains(answer.status())) {
            if (written != 0) {
                return "refused, yet " + written + " events were written";
            }
            if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
                return "a refusal that is not a problem: " + answer.header("Content-Type").orElse("no Content-Type");
            }
            String detail = answer.json().path("detail").asText("");
            if (detail.isBlank() || JAVA_NAME.matcher(detail).find()) {
                return "a problem whose detail is empty or names the service's code: " + detail;
            }
            return null;
        }
        if (answer.status() != 200) {
            return "neither recorded nor refused as the client's mistake";
        }
        if (written < 1) {
            return "answered as recorded, but nothing was written";
        }
        JsonNode sent = LedgerHttp.JSON.readTree(body);
        List<String> stored = new ArrayList<>();
        for (JsonNode event : http.get("/api/streams/" + answer.json().get("aggregateId").asText()).json()) {
            if (correlation.equals(event.at("/metadata/correlationId").asText())) {
                stored.addAll(leaves(event.get("payload")));
            }
        }
        List<String> missing = new ArrayList<>(leaves(sent));
        stored.forEach(missing::remove);
        return missing.isEmpty() ? null : "recorded, but these values sent are not in its events as sent: " + abbreviated(missing.toString());
    }

    private byte[] body(String endpoint) throws Exception {
        ObjectNode command = LedgerHttp.JSON.valueToTree(samples.get(endpoint));
        JsonNode schema = bodies.get(endpoint);
        if (random.nextBoolean()) { // a new aggregate, so that what creates one may be recorded
            String target = schema.path("properties").fieldNames().next();
            command.put(target, command.path(target).asText("x") + "-fuzz-" + distinct++);
        }
        List<Slot> slots = new ArrayList<>();
        slots(command, schema, slots);
        int mutations = random.nextInt(4); // none: the sample under a new id, which must be recorded as sent
        for (int i = 0; i < mutations; i++) {
            Slot slot = slots.get(random.nextInt(slots.size()));
            if (slot.parent() instanceof ObjectNode object && random.nextInt(8) == 0) {
                object.remove(slot.key());
            } else {
                slot.set(value(slot.schema()));
            }
        }
        if (random.nextInt(6) == 0) {
            command.put("unknown-" + random.nextInt(3), 1);
        }
        String json = serialised(command);
        return random.nextInt(10) == 0 ? malformed(json) : json.getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON with its stand-ins replaced by what a tree cannot hold. */
    private static String serialised(JsonNode command) throws Exception {
        String json = LedgerHttp.JSON.writeValueAsString(command).replace(LONE_SURROGATE, "\\ud800");
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int raw = json.indexOf("\"" + RAW); raw >= 0; raw = json.indexOf("\"" + RAW, at)) {
            int end = json.indexOf(END + "\"", raw + RAW.length() + 1);
            out.append(json, at, raw).append(json, raw + 1 + RAW.length(), end);
            at = end + END.length() + 1;
        }
        return out.append(json.substring(at)).toString();
    }

    /** A body that is not one well-formed JSON object in UTF-8. */
    private byte[] malformed(String json) {
        String first = json.substring(1, json.indexOf(',') > 0 ? json.indexOf(',') : json.length() - 1);
        String text = switch (random.nextInt(9)) {
            case 0 -> "{" + first + "," + json.substring(1); // a key given twice
            case 1 -> json.substring(0, random.nextInt(json.length())); // cut short
            case 2 -> json + " {}"; // trailing tokens
            case 3 -> List.of("", "null", "[]", "\"text\"", "42", "true").get(random.nextInt(6));
            case 4 -> "[".repeat(DEEP) + "]".repeat(DEEP);
            case 5 -> json.substring(0, json.length() - 1) + ",\"padding\":\"" + "x".repeat(1_100_000) + "\"}";
            case 6 -> "\uFEFF" + json;
            case 7 -> json.replaceFirst(":", ":/* a comment */");
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8); // a byte that is never UTF-8, inside the first text
        int quote = json.indexOf(":\"") + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, quote);
        out.write(0xFF);
        out.write(bytes, quote, bytes.length - quote);
        return out.toByteArray();
    }

    /** A place in the command a value can go: a field (present or not) or a list's item, with its schema. */
    private record Slot(JsonNode parent, String key, int index, JsonNode schema) {

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private void slots(ObjectNode object, JsonNode schema, List<Slot> slots) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode field = resolve(schema.path("properties").path(name));
            slots.add(new Slot(object, name, -1, field));
            descend(object.get(name), field, slots);
        }
    }

    private void descend(JsonNode value, JsonNode schema, List<Slot> slots) {
        if (value instanceof ObjectNode nested) {
            slots(nested, schema, slots);
        } else if (value instanceof ArrayNode items) {
            JsonNode item = resolve(schema.path("items"));
            for (int i = 0; i < items.size(); i++) {
                slots.add(new Slot(items, null, i, item));
                descend(items.get(i), item, slots);
            }
        }
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** A value for a place with this schema: at or past one of its limits, or of another type altogether. */
    private JsonNode value(JsonNode schema) {
        if (random.nextInt(4) == 0) {
            return wrongType();
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asText()));
            String pick = values.get(random.nextInt(values.size()));
            return NODES.textNode(List.of(pick, pick.toLowerCase(), "NOT_ONE_OF_THEM", " " + pick).get(random.nextInt(4)));
        }
        return switch (schema.path("type").asText("")) {
            case "string" -> schema.has("pattern") ? NODES.textNode(dateLike()) : text(schema.path("maxLength").asInt(300));
            case "integer", "number" -> number(schema);
            case "boolean" -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.textNode("true");
            case "array" -> array(resolve(schema.path("items")));
            default -> schema.has("properties") ? object() : wrongType();
        };
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(8)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(42);
            case 2 -> NODES.booleanNode(true);
            case 3 -> NODES.textNode("text");
            case 4 -> NODES.arrayNode().add("text");
            case 5 -> NODES.objectNode().put("text", "text");
            case 6 -> NODES.textNode(RAW + "[".repeat(DEEP) + "]".repeat(DEEP) + END);
            default -> NODES.textNode(RAW + "1e400" + END);
        };
    }

    private JsonNode text(int maxLength) {
        String letters = "Zoë 😀 ünïcödé ";
        return NODES.textNode(switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "\t\n";
            case 3 -> repeat(letters, maxLength);
            case 4 -> repeat(letters, maxLength + 1);
            case 5 -> "a\u0000b";
            case 6 -> "bell\u0007";
            case 7 -> "two\nlines\tand a tab";
            case 8 -> "half " + LONE_SURROGATE + " a pair";
            case 9 -> "e\u0301 \u202Eright to left\u202C \uFEFF zero width";
            case 10 -> " padded ";
            case 11 -> "=HYPERLINK(\"http://example.com\")";
            case 12 -> "\u00A0no-break";
            case 13 -> "\uFFFF\uFFFE non-characters";
            case 14 -> repeat("x", 2 * maxLength);
            default -> "Plain text " + distinct++;
        });
    }

    /** {@code length} code points of {@code pattern}, repeated. */
    private static String repeat(String pattern, int length) {
        StringBuilder text = new StringBuilder();
        int[] points = pattern.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(points[i % points.length]);
        }
        return text.toString();
    }

    private String dateLike() {
        List<String> dates = List.of("2019", "2019-05", "2019-05-31", "1900", "1899", "0999", "0000", "-001", "9999-12-31",
                "10000", "2019-02-29", "2020-02-29", "2019-13", "2019-1-1", "2019-05-31T00:00", "2016/17", "2016/18",
                "1899/00", "9999/00", "2016/1", "Q1 2016", "");
        return dates.get(random.nextInt(dates.size()));
    }

    private JsonNode number(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(Long.MAX_VALUE);
        return switch (random.nextInt(10)) {
            case 0 -> NODES.numberNode(min - 1);
            case 1 -> NODES.numberNode(min);
            case 2 -> NODES.numberNode(max);
            case 3 -> NODES.numberNode(max == Long.MAX_VALUE ? BigInteger.TWO.pow(63) : BigInteger.valueOf(max).add(BigInteger.ONE));
            case 4 -> NODES.numberNode(Long.MAX_VALUE);
            case 5 -> NODES.numberNode(1.5);
            case 6 -> NODES.textNode("12");
            case 7 -> NODES.numberNode(-1);
            case 8 -> NODES.textNode(RAW + "12.0" + END);
            default -> NODES.numberNode(random.nextInt(1_000_000));
        };
    }

    private JsonNode array(JsonNode items) {
        ArrayNode array = NODES.arrayNode();
        switch (random.nextInt(5)) {
            case 0 -> { }
            case 1 -> array.addNull();
            case 2 -> {
                for (int i = 0; i < 2000; i++) {
                    array.add("item " + i);
                }
            }
            default -> {
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    array.add(value(items));
                }
            }
        }
        return array;
    }

    private JsonNode object() {
        return random.nextBoolean() ? NODES.objectNode() : NODES.objectNode().put("unknown", 1);
    }

    /** Every text and number in the JSON, as JSON (so that 5 read as an int equals 5 written as a long). */
    private static List<String> leaves(JsonNode node) {
        List<String> leaves = new ArrayList<>();
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
                leaves.addAll(leaves(children.next()));
            }
        } else if (node.isTextual() || node.isNumber()) {
            leaves.add(node.toString());
        }
        return leaves;
    }

    private static String name(String endpoint) {
        return endpoint.substring(endpoint.lastIndexOf('/') + 1);
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "… (" + text.length() + " characters)" : text;
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(LedgerEventStorageEngine.holdsEvent());
    }
}
