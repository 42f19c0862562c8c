package org.allianceledger.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.command.CommandReader;
import org.allianceledger.command.MalformedCommandException;
import org.allianceledger.command.UnknownCommandException;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a history file (YAML) into commands, checking every entry exactly as the HTTP API checks a
 * command, before anything is loaded. Each entry names a command, the document it cites (by the
 * id the file's {@code documents} give it) and the paragraph or table, the decision, and the
 * command's own fields; the loader puts the citation into the decision's source.
 */
@Component
public class HistoryFileReader {

    private final CommandReader commands;
    private final JsonMapper json;

    public HistoryFileReader(CommandReader commands, JsonMapper json) {
        this.commands = commands;
        this.json = json;
    }

    public List<HistoryEntry> read(InputStream yaml, String fileName) {
        Map<String, Object> file = parse(yaml, fileName);
        Map<String, Map<String, Object>> documents = documents(file, fileName);
        List<Map<String, Object>> entries = list(file.get("entries"), fileName + ": 'entries'");
        List<HistoryEntry> read = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        LocalDate previous = LocalDate.MIN;
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> entry = entries.get(i);
            String id = text(entry, "id", fileName + ": entry #" + (i + 1));
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

    private HistoryEntry entry(Map<String, Object> entry, String where, Map<String, Map<String, Object>> documents) {
        String commandName = text(entry, "command", where);
        Map<String, Object> source = map(entry.get("source"), where + ": field 'source'");
        Map<String, Object> decision = new LinkedHashMap<>(map(entry.get("decision"), where + ": field 'decision'"));
        Map<String, Object> citation = citation(source, "source", where, documents);
        decision.put("source", citation);
        Map<String, Object> command = new LinkedHashMap<>(entry.get("args") == null ? Map.of()
                : citationsIn(map(entry.get("args"), where + ": field 'args'"), "args", where, documents));
        command.put("decision", decision);
        try {
            DecisionCommand read = commands.read(commandName, json.writeValueAsString(withoutLayout(command)));
            return new HistoryEntry(text(entry, "id", where), commandName, read, (String) citation.get("document"),
                    entry.get("note") == null ? null : entry.get("note").toString());
        } catch (MalformedCommandException | UnknownCommandException e) {
            throw new HistoryFileException(where + " (" + commandName + "): " + e.getMessage(), e);
        }
    }

    /**
     * The file's text without the white space its layout leaves at the ends (a block scalar ends with a
     * line break): the API records text only as sent, and refuses text with white space at either end.
     */
    private static Object withoutLayout(Object value) {
        if (value instanceof String text) {
            return text.strip();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> stripped = new LinkedHashMap<>();
            map.forEach((key, item) -> stripped.put(key, withoutLayout(item)));
            return stripped;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(HistoryFileReader::withoutLayout).toList();
        }
        return value;
    }

    /** A citation as the commands take it: the document's title and date for the file's id of it, the paragraph and the quote. */
    private static Map<String, Object> citation(Map<String, Object> source, String field, String where,
                                                Map<String, Map<String, Object>> documents) {
        String documentId = text(source, "document", where + ": field '" + field + "'");
        Map<String, Object> document = documents.get(documentId);
        if (document == null) {
            throw new HistoryFileException(where + ": field '" + field + ".document': '" + documentId
                    + "' is not one of the file's documents " + documents.keySet());
        }
        Map<String, Object> citation = new LinkedHashMap<>(document);
        citation.put("document", citation.remove("title"));
        citation.put("paragraph", text(source, "paragraph", where + ": field '" + field + "'"));
        // a history is evidence: every citation quotes the words of its source that support it
        citation.put("quote", text(source, "quote", where + ": field '" + field + "'"));
        return citation;
    }

    /**
     * The command's fields with every {@code source} that names a document by id (each statement of a
     * disagreement cites its own) made a citation, as the entry's own source is.
     */
    @SuppressWarnings("unchecked")
    private static <T> T citationsIn(T value, String field, String where, Map<String, Map<String, Object>> documents) {
        if (value instanceof Map<?, ?> fields) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            ((Map<String, Object>) fields).forEach((name, item) -> resolved.put(name,
                    name.equals("source") && item instanceof Map<?, ?> source && source.containsKey("document")
                            ? citation((Map<String, Object>) source, field + ".source", where, documents)
                            : citationsIn(item, field + "." + name, where, documents)));
            return (T) resolved;
        }
        if (value instanceof List<?> items) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                resolved.add(citationsIn(items.get(i), field + "[" + i + "]", where, documents));
            }
            return (T) resolved;
        }
        return value;
    }

    private static Map<String, Map<String, Object>> documents(Map<String, Object> file, String fileName) {
        Map<String, Map<String, Object>> documents = new HashMap<>();
        for (Map<String, Object> document : list(file.get("documents"), fileName + ": 'documents'")) {
            String where = fileName + ": a document";
            Map<String, Object> cited = new LinkedHashMap<>();
            cited.put("title", text(document, "title", where));
            // an undated document (the Concerto case study) is cited without a date
            if (document.get("date") != null) {
                cited.put("date", document.get("date").toString());
            }
            documents.put(text(document, "id", where), cited);
        }
        return documents;
    }

    /** Plain YAML scalars stay strings, so that 2015-06-01 is not turned into a timestamp and back. */
    private static Map<String, Object> parse(InputStream yaml, String fileName) {
        Resolver noTimestamps = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        LoaderOptions options = new LoaderOptions();
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, noTimestamps);
        try {
            return map(parser.load(yaml), fileName);
        } catch (YAMLException e) {
            throw new HistoryFileException(fileName + " is not valid YAML: " + e.getMessage(), e);
        } finally {
            try {
                yaml.close();
            } catch (IOException ignored) {
                // nothing was written; closing a read stream cannot lose anything
            }
        }
    }

    private static String text(Map<String, Object> map, String key, String where) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new HistoryFileException(where + ": field '" + key + "' is required");
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new HistoryFileException(where + " must be a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value, String where) {
        if (!(value instanceof List<?> items) || items.stream().anyMatch(item -> !(item instanceof Map))) {
            throw new HistoryFileException(where + " must be a list of mappings");
        }
        return (List<Map<String, Object>>) value;
    }
}
