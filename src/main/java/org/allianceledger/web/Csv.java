package org.allianceledger.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Records as RFC 4180 text: a header line of the record's component names, then one line per
 * record; lists are joined with "; ", and fields with commas, quotes or line breaks are quoted.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private Csv() {
    }

    public static <R extends Record> String write(Class<R> type, List<R> rows) {
        RecordComponent[] components = type.getRecordComponents();
        StringBuilder text = new StringBuilder(line(Arrays.stream(components).map(RecordComponent::getName).toList()));
        rows.forEach(row -> text.append(line(Arrays.stream(components).map(component -> value(component, row)).toList())));
        return text.toString();
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + row, e);
        }
    }

    private static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String field(Object value) {
        String text = value == null ? ""
                : value instanceof Collection<?> items ? items.stream().map(String::valueOf).collect(Collectors.joining("; "))
                : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
