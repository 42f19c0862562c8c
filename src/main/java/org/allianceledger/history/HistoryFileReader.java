package org.allianceledger.history;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.command.CommandReader;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.command.UnknownCommandException;
import org.allianceledger.history.HistoryFile.Citation;
import org.allianceledger.history.HistoryFile.Document;
import org.allianceledger.history.HistoryFile.Entry;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a history file (YAML) into commands, checking every entry exactly as the HTTP API checks a
 * command, before anything is loaded. Each entry names a command, the document it cites (by the
 * id the file's {@code documents} give it) and the paragraph or table, the decision, and the
 * command's own fields; the loader puts the citation into the decision's source.
 */
@Component
public class HistoryFileReader {

    /**
     * The limits SnakeYAML held these files to before: at most 3 MB of text, nested at most 50 deep. A key
     * given twice is refused, as the command reader refuses it in JSON (SnakeYAML kept the last). Keys the
     * reader does not use (the file's title) are passed over, as they were.
     */
    private static final ObjectMapper YAML = YAMLMapper.builder(new HistoryYamlFactory(YAMLFactory.builder()
                    .loadSettings(LoadSettings.builder().setCodePointLimit(3 * 1024 * 1024).setAllowDuplicateKeys(false).build())
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).build())))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final CommandReader commands;
    private final JsonMapper json;

    public HistoryFileReader(CommandReader commands, JsonMapper json) {
        this.commands = commands;
        this.json = json;
    }

    public List<HistoryEntry> read(InputStream yaml, String fileName) {
        HistoryFile file = parse(yaml, fileName);
        Map<String, Document> documents = documents(file, fileName);
        List<Entry> entries = listOfMappings(file.entries(), fileName + ": 'entries'");
        List<HistoryEntry> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String id = required(entry.id(), "id", fileName + ": entry #" + (i + 1));
            String where = fileName + ": entry " + id;
            if (!ids.add(id)) {
                throw new HistoryFileException(where + ": the id is used twice");
            }
            HistoryEntry historyEntry = entry(entry, where, documents);
            LocalDate decidedOn = historyEntry.command().decision().decidedOn().earliest();
            if (decidedOn.isBefore(previous)) {
                throw new HistoryFileException(where + ": field 'decision.decidedOn': entries are in date order, and "
                        + decidedOn + " comes before the entry above it (" + previous + ")");
            }
            previous = decidedOn;
            read.add(historyEntry);
        }
        return read;
    }

    private HistoryEntry entry(Entry entry, String where, Map<String, Document> documents) {
        String commandName = required(entry.command(), "command", where);
        ObjectNode citation = citation(mapping(entry.source(), where + ": field 'source'"), "source", where, documents);
        ObjectNode decision = mapping(entry.decision(), where + ": field 'decision'").set("source", citation);
        ObjectNode command = entry.args() == null ? JsonNodeFactory.instance.objectNode()
                : (ObjectNode) citationsIn(entry.args(), "args", where, documents);
        command.set("decision", decision);
        try {
            DecisionCommand read = commands.read(commandName, json.writeValueAsString(withoutLayout(command)));
            return new HistoryEntry(entry.id(), commandName, read, citation.get("document").asString(), entry.note());
        } catch (MalformedCommandException | UnknownCommandException e) {
            throw new HistoryFileException(where + " (" + commandName + "): " + e.getMessage(), e);
        }
    }

    /**
     * The file's text without the white space its layout leaves at the ends (a block scalar ends with a
     * line break): the API records text only as sent, and refuses text with white space at either end.
     */
    private static JsonNode withoutLayout(JsonNode value) {
        if (value.isString()) {
            return StringNode.valueOf(value.asString().strip());
        }
        if (value instanceof ObjectNode fields) {
            ObjectNode stripped = fields.objectNode();
            fields.properties().forEach(field -> stripped.set(field.getKey(), withoutLayout(field.getValue())));
            return stripped;
        }
        if (value instanceof ArrayNode items) {
            ArrayNode stripped = items.arrayNode();
            items.forEach(item -> stripped.add(withoutLayout(item)));
            return stripped;
        }
        return value;
    }

    /** A citation as the commands take it: the document's title and date for the file's id of it, the paragraph and the quote. */
    private static ObjectNode citation(Citation source, String field, String where, Map<String, Document> documents) {
        String documentId = required(source.document(), "document", where + ": field '" + field + "'");
        Document document = documents.get(documentId);
        if (document == null) {
            throw new HistoryFileException(where + ": field '" + field + ".document': '" + documentId
                    + "' is not one of the file's documents " + documents.keySet());
        }
        ObjectNode citation = JsonNodeFactory.instance.objectNode().put("document", document.title());
        // an undated document (the Concerto case study) is cited without a date
        if (document.date() != null) {
            citation.put("date", document.date());
        }
        citation.put("paragraph", required(source.paragraph(), "paragraph", where + ": field '" + field + "'"));
        // a history is evidence: every citation quotes the words of its source that support it
        return citation.put("quote", required(source.quote(), "quote", where + ": field '" + field + "'"));
    }

    /**
     * The command's fields with every {@code source} that names a document by id (each statement of a
     * disagreement cites its own) made a citation, as the entry's own source is.
     */
    private static JsonNode citationsIn(JsonNode value, String field, String where, Map<String, Document> documents) {
        if (value instanceof ObjectNode fields) {
            ObjectNode resolved = fields.objectNode();
            fields.properties().forEach(item -> resolved.set(item.getKey(), item.getKey().equals("source") && item.getValue().has("document")
                    ? citation(cited(item.getValue(), field + ".source", where), field + ".source", where, documents)
                    : citationsIn(item.getValue(), field + "." + item.getKey(), where, documents)));
            return resolved;
        }
        if (value instanceof ArrayNode items) {
            ArrayNode resolved = items.arrayNode();
            for (int i = 0; i < items.size(); i++) {
                resolved.add(citationsIn(items.get(i), field + "[" + i + "]", where, documents));
            }
            return resolved;
        }
        return value;
    }

    private static Citation cited(JsonNode source, String field, String where) {
        try {
            return YAML.treeToValue(source, Citation.class);
        } catch (MismatchedInputException e) {
            throw new HistoryFileException(where + ": field '" + field + "." + fields(e.getPath()) + "' must be " + kind(e.getTargetType()), e);
        }
    }

    private static Map<String, Document> documents(HistoryFile file, String fileName) {
        Map<String, Document> documents = new HashMap<>();
        for (Document document : listOfMappings(file.documents(), fileName + ": 'documents'")) {
            String where = fileName + ": a document";
            required(document.title(), "title", where);
            documents.put(required(document.id(), "id", where), document);
        }
        return documents;
    }

    /**
     * The file as a tree, then as records: where a value is of the wrong kind, the tree gives the id of
     * the entry it is in. Jackson closes the stream once it has read it, as it fails or not.
     */
    private static HistoryFile parse(InputStream yaml, String fileName) {
        JsonNode tree;
        try {
            tree = YAML.readTree(yaml);
        } catch (JacksonException e) {
            throw new HistoryFileException(fileName + " is not valid YAML: " + e.getMessage(), e);
        }
        try {
            return mapping(YAML.treeToValue(tree, HistoryFile.class), fileName);
        } catch (MismatchedInputException e) {
            throw new HistoryFileException(fileName + where(e.getPath(), tree) + " must be " + kind(e.getTargetType()), e);
        }
    }

    /** Where in the file a value of the wrong kind is, named as the reader's other messages name it. */
    private static String where(List<JacksonException.Reference> path, JsonNode file) {
        if (path.size() < 2) {
            return path.isEmpty() ? "" : ": '" + path.get(0).getPropertyName() + "'";
        }
        int index = path.get(1).getIndex();
        JsonNode id = file.path("entries").path(index).path("id");
        String item = !path.get(0).getPropertyName().equals("entries") ? ": a document"
                : id.isValueNode() && !id.isNull() && !id.asString().isBlank() ? ": entry " + id.asString() : ": entry #" + (index + 1);
        return path.size() == 2 ? item : item + ": field '" + fields(path.subList(2, path.size())) + "'";
    }

    private static String fields(List<JacksonException.Reference> path) {
        return path.stream().map(JacksonException.Reference::getPropertyName).collect(Collectors.joining("."));
    }

    private static String kind(Class<?> type) {
        if (type != null && Collection.class.isAssignableFrom(type)) {
            return "a list of mappings";
        }
        return type == String.class ? "text" : "a mapping";
    }

    private static String required(String value, String field, String where) {
        if (value == null || value.isBlank()) {
            throw new HistoryFileException(where + ": field '" + field + "' is required");
        }
        return value;
    }

    private static <T> T mapping(T value, String where) {
        if (value == null) {
            throw new HistoryFileException(where + " must be a mapping");
        }
        return value;
    }

    private static <T> List<T> listOfMappings(List<T> items, String where) {
        if (items == null || items.contains(null)) {
            throw new HistoryFileException(where + " must be a list of mappings");
        }
        return items;
    }
}
