package org.allianceledger.web;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.GenericHttpMessageConverter;
import org.springframework.stereotype.Component;

/**
 * Every read that answers a list of records answers it as CSV too, when asked ({@code Accept:
 * text/csv}, or {@code ?format=csv} from a download link): one column per record component, as
 * {@link RecordTable} writes them, with its neutralised formulas. One converter, so that no register
 * needs a CSV method of its own.
 */
@Component
class RecordListCsv implements GenericHttpMessageConverter<List<? extends Record>> {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    @Override
    public boolean canWrite(Type type, Class<?> clazz, MediaType mediaType) {
        return recordType(type) != null && (mediaType == null || CSV.isCompatibleWith(mediaType));
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void write(List<? extends Record> rows, Type type, MediaType contentType, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentType(CSV);
        output.getBody().write(RecordTable.of((Class) recordType(type), (List) rows).csv().getBytes(StandardCharsets.UTF_8));
    }

    /** The record class of a {@code List<SomeRecord>}; null for any other type. */
    private static Class<?> recordType(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    @Override
    public List<MediaType> getSupportedMediaTypes() {
        return List.of(CSV);
    }

    // Written only, and only where the declared type says what the rows are.
    @Override
    public boolean canWrite(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public void write(List<? extends Record> rows, MediaType contentType, HttpOutputMessage output) {
        throw new UnsupportedOperationException("A CSV table needs its rows' record type");
    }

    @Override
    public boolean canRead(Type type, Class<?> contextClass, MediaType mediaType) {
        return false;
    }

    @Override
    public boolean canRead(Class<?> clazz, MediaType mediaType) {
        return false;
    }

    @Override
    public List<? extends Record> read(Type type, Class<?> contextClass, HttpInputMessage input) {
        throw new UnsupportedOperationException("CSV is not read");
    }

    @Override
    public List<? extends Record> read(Class<? extends List<? extends Record>> clazz, HttpInputMessage input) {
        throw new UnsupportedOperationException("CSV is not read");
    }
}
