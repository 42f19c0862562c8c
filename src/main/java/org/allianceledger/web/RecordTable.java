package org.allianceledger.web;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Named;
import org.allianceledger.alliance.Plain;
import org.allianceledger.store.LedgerSerializer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Records as a table: one column per record component (less any left out), one row per record.
 * A cell is written as the value is in JSON: a date, an amount or a fiscal year as itself, a list
 * as its items joined with "; ", a nested record as its non-empty values joined with spaces, an
 * absent value as an empty cell. Codes are written in words, as a reader says them ("in progress",
 * "Bedfordshire", "Bedfordshire PCC"): ids stay as they are, for they identify.
 */
public final class RecordTable<R extends Record> {

    private static final ObjectMapper JSON = LedgerSerializer.JSON.copy().registerModule(new SimpleModule("codes-in-words")
            .addSerializer(Enum.class, inWords())
            .addSerializer(Named.class, inWords()));

    /** Columns a source may leave unnamed: a reader of the Markdown is told so rather than shown a blank. */
    private static final Set<String> NAMED_BY_THE_SOURCE = Set.of("body", "decidedBy", "owner");

    /** What a spreadsheet takes a cell starting with for a formula (OWASP, CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Rows of cells, CRLF-terminated; quoting only where RFC 4180 needs it, not around every cell with a space. */
    private static final ObjectWriter CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build()
            .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private final List<RecordComponent> columns;
    private final List<R> rows;

    private RecordTable(Class<R> type, List<R> rows, Set<String> leftOut) {
        this.columns = Arrays.stream(type.getRecordComponents()).filter(c -> !leftOut.contains(c.getName())).toList();
        this.rows = rows;
    }

    public static <R extends Record> RecordTable<R> of(Class<R> type, List<R> rows, String... leftOut) {
        return new RecordTable<>(type, rows, Set.of(leftOut));
    }

    /**
     * RFC 4180, written by Jackson: a field is quoted only where it holds a comma, a quote or a line
     * break. A cell a spreadsheet would run as a formula is neutralised first (see {@link #neutralised}).
     */
    public String csv() {
        return CSV.writeValueAsString(table(RecordTable::neutralised, false));
    }

    /** A GitHub-flavoured Markdown table. */
    public String markdown() {
        List<List<String>> table = new ArrayList<>(table(text -> text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " "), true));
        table.add(1, columns.stream().map(c -> "---").toList());
        return table.stream().map(row -> String.join(" | ", row)).map(line -> "| " + line + " |\n").collect(Collectors.joining());
    }

    /** The header, then a row of cells per record, each cell escaped. */
    private List<List<String>> table(UnaryOperator<String> escape, boolean sayNotNamed) {
        List<List<String>> table = new ArrayList<>();
        table.add(columns.stream().map(RecordComponent::getName).map(escape).toList());
        for (R row : rows) {
            table.add(columns.stream().map(c -> escape.apply(notNamed(c, cell(value(c, row)), sayNotNamed))).toList());
        }
        return table;
    }

    private static String notNamed(RecordComponent column, String cell, boolean sayNotNamed) {
        return sayNotNamed && cell.isEmpty() && NAMED_BY_THE_SOURCE.contains(column.getName()) ? DecisionContext.NOT_NAMED : cell;
    }

    /**
     * OWASP's CSV-injection rule: a cell starting with {@code = + - @}, a tab or a carriage return is
     * prefixed with a single quote, which a spreadsheet shows as text. A cell that is entirely a number
     * (a negative amount in pence, {@code -79500000}) is left as it is: a spreadsheet reads it as the
     * number it is and runs nothing, and a quote would turn it into text.
     */
    private static String neutralised(String text) {
        boolean formula = !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }

    private static String cell(Object value) {
        return text(JSON.valueToTree(value));
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(RecordTable::text).collect(Collectors.joining("; "));
        }
        if (node.isObject()) {
            return StreamSupport.stream(node.spliterator(), false).map(RecordTable::text)
                    .filter(text -> !text.isEmpty()).collect(Collectors.joining(" "));
        }
        return node.isNull() ? "" : node.asText();
    }

    private static <T> JsonSerializer<T> inWords() {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator json, SerializerProvider serializers) throws IOException {
                json.writeString(Plain.words(value));
            }
        };
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + row, e);
        }
    }
}
