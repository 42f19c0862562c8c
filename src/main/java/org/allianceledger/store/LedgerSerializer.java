package org.allianceledger.store;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.allianceledger.alliance.Features;
import org.axonframework.extensions.mongo.serialization.DBObjectToStringContentTypeConverter;
import org.axonframework.extensions.mongo.serialization.DocumentToStringContentTypeConverter;
import org.axonframework.extensions.mongo.serialization.StringToDBObjectContentTypeConverter;
import org.axonframework.messaging.MetaData;
import org.axonframework.common.ObjectUtils;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.ContentTypeConverter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

/**
 * Axon's Jackson serializer as the ledger stores with it: events under their
 * {@link StableTypeNames stable names}, dates as ISO-8601 strings, payloads and metadata as BSON
 * sub-documents rather than JSON strings, so the store itself reads as JSON.
 */
public final class LedgerSerializer extends JacksonSerializer {

    private static final TypeReference<HashMap<String, Object>> METADATA = new TypeReference<>() {
    };

    private final StableTypeNames names;
    /**
     * Each type's reader, made once: Axon's serializer makes one at every call, and its metadata
     * deserializer looks the deserializer of its map up at every call (a third of reading an event).
     * Metadata is read as that deserializer reads it: a map of untyped values.
     */
    private final ClassValue<ObjectReader> readers = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return type == MetaData.class ? getObjectMapper().readerFor(METADATA) : getReader(type);
        }
    };

    private LedgerSerializer(Builder builder, StableTypeNames names) {
        super(builder);
        this.names = names;
    }

    public static LedgerSerializer create(Features features) {
        ObjectMapper mapper = objectMapper();
        ChainingConverter converter = new ChainingConverter();
        converter.registerConverter(new StringToDBObjectContentTypeConverter());
        converter.registerConverter(new DBObjectToStringContentTypeConverter());
        converter.registerConverter(new DocumentToStringContentTypeConverter());
        // An upcaster reads and writes trees; the read models write their lines from tokens.
        converter.registerConverter(new Converter<>(TokenBuffer.class, JsonNode.class, tokens -> mapper.readTree(tokens.asParser())));
        converter.registerConverter(new Converter<>(JsonNode.class, TokenBuffer.class, tree -> {
            TokenBuffer tokens = new TokenBuffer(mapper, false);
            mapper.writeTree(tokens, tree);
            return tokens;
        }));
        return new LedgerSerializer(JacksonSerializer.builder().objectMapper(mapper).converter(converter),
                StableTypeNames.of(features.events()));
    }

    /** One content type to another by Jackson, which writes to memory here. */
    private record Converter<S, T>(Class<S> expectedSourceType, Class<T> targetType, Conversion<S, T> conversion)
            implements ContentTypeConverter<S, T> {

        @Override
        public T convert(S original) {
            try {
                return conversion.apply(original);
            } catch (IOException e) {
                throw new SerializationException("Cannot convert " + expectedSourceType.getSimpleName() + " to " + targetType.getSimpleName(), e);
            }
        }
    }

    @FunctionalInterface
    private interface Conversion<S, T> {
        T apply(S original) throws IOException;
    }

    /** One mapper for the code that only reads and writes with it: a new mapper per call would introspect every type again. */
    public static final ObjectMapper JSON = objectMapper();

    /** Axon 4 serializes with Jackson 2 (the web layer uses Jackson 3); both honour the same annotations. Read-model rows use it too, so they read like the stored events. */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new BlackbirdModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public StableTypeNames names() {
        return names;
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (type == null) {
            return super.typeForClass(type);
        }
        return names.nameFor(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    /**
     * A payload or metadata read from the store as {@linkplain StoredEventCodec tokens}, or as a BSON
     * document written out as tokens, goes to its type from them. The stock route writes the document
     * out as JSON text and parses that again: half the time of a replay went there.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        Object data = serialized.getData();
        if (data instanceof TokenBuffer || data instanceof Document) {
            Class<?> type = classForType(serialized.getType());
            if (type != Void.class && !UnknownSerializedType.class.isAssignableFrom(type)) {
                try (JsonParser parser = (data instanceof TokenBuffer tokens ? tokens : tokens(data)).asParser()) {
                    Object value = readers.get(type).readValue(parser);
                    return (T) (type == MetaData.class ? MetaData.from((Map<String, ?>) value) : value);
                } catch (IOException e) {
                    throw new SerializationException("Error while deserializing object", e);
                }
            }
        }
        return super.deserialize(serialized);
    }

    /** {@code object} as the tokens it serializes to: what the read models write their lines from. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (expectedRepresentation != TokenBuffer.class) {
            return super.serialize(object, expectedRepresentation);
        }
        try {
            return new SimpleSerializedObject<>((T) tokens(object), expectedRepresentation, typeForClass(ObjectUtils.nullSafeTypeOf(object)));
        } catch (IOException e) {
            throw new SerializationException("Unable to serialize object", e);
        }
    }

    private TokenBuffer tokens(Object value) throws IOException {
        TokenBuffer tokens = new TokenBuffer(getObjectMapper(), false);
        getObjectMapper().writeValue(tokens, value);
        return tokens;
    }

    @Override
    public Class classForType(SerializedType type) {
        return names.classFor(type.getName()).map(c -> (Class) c).orElseGet(() -> super.classForType(type));
    }
}
