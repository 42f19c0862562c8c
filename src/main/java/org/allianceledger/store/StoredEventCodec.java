package org.allianceledger.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.BsonTypeClassMap;
import org.bson.codecs.BsonTypeCodecMap;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.mongodb.MongoClientSettings;

/**
 * An event's document as the engine reads it: its payload and metadata sub-documents go straight
 * from BSON into Jackson tokens, which the serializer reads its types from (and the read models write
 * their lines from), instead of into maps that are written out as tokens again. In a replay's reading
 * thread those maps took a third of the time. Any other field is read as the driver reads it.
 */
final class StoredEventCodec implements Codec<Document> {

    private static final CodecRegistry DRIVER = MongoClientSettings.getDefaultCodecRegistry();

    private final Set<String> asTokens;
    private final ObjectMapper mapper;
    private final Codec<Document> documents = DRIVER.get(Document.class);
    private final BsonTypeCodecMap values = new BsonTypeCodecMap(new BsonTypeClassMap(), DRIVER);

    private StoredEventCodec(Set<String> asTokens, ObjectMapper mapper) {
        this.asTokens = asTokens;
        this.mapper = mapper;
    }

    /** The driver's registry with this codec for documents, reading {@code asTokens} fields as tokens. */
    static CodecRegistry registry(Set<String> asTokens, ObjectMapper mapper) {
        return CodecRegistries.fromRegistries(CodecRegistries.fromCodecs(new StoredEventCodec(asTokens, mapper)), DRIVER);
    }

    @Override
    public Document decode(BsonReader reader, DecoderContext context) {
        Document document = new Document();
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            boolean tokens = reader.getCurrentBsonType() == BsonType.DOCUMENT && asTokens.contains(name);
            document.put(name, tokens ? tokens(reader, context) : value(reader, context));
        }
        reader.readEndDocument();
        return document;
    }

    private Object value(BsonReader reader, DecoderContext context) {
        if (reader.getCurrentBsonType() == BsonType.NULL) {
            reader.readNull();
            return null;
        }
        return values.get(reader.getCurrentBsonType()).decode(reader, context);
    }

    private TokenBuffer tokens(BsonReader reader, DecoderContext context) {
        TokenBuffer tokens = new TokenBuffer(mapper, false);
        try {
            object(reader, tokens, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer writes to memory
        }
        return tokens;
    }

    private void object(BsonReader reader, TokenBuffer tokens, DecoderContext context) throws IOException {
        reader.readStartDocument();
        tokens.writeStartObject();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            tokens.writeFieldName(reader.readName());
            token(reader, tokens, context);
        }
        reader.readEndDocument();
        tokens.writeEndObject();
    }

    /** The tokens Jackson writes for the value the driver would have read (a map, a list, a boxed number, ...). */
    private void token(BsonReader reader, TokenBuffer tokens, DecoderContext context) throws IOException {
        switch (reader.getCurrentBsonType()) {
            case DOCUMENT -> object(reader, tokens, context);
            case ARRAY -> {
                reader.readStartArray();
                tokens.writeStartArray();
                while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                    token(reader, tokens, context);
                }
                reader.readEndArray();
                tokens.writeEndArray();
            }
            case STRING -> tokens.writeString(reader.readString());
            case INT32 -> tokens.writeNumber(reader.readInt32());
            case INT64 -> tokens.writeNumber(reader.readInt64());
            case DOUBLE -> tokens.writeNumber(reader.readDouble());
            case BOOLEAN -> tokens.writeBoolean(reader.readBoolean());
            case NULL -> {
                reader.readNull();
                tokens.writeNull();
            }
            // Not written by the ledger's serializer: as the driver reads it, written by Jackson.
            default -> mapper.writeValue(tokens, values.get(reader.getCurrentBsonType()).decode(reader, context));
        }
    }

    @Override
    public void encode(BsonWriter writer, Document document, EncoderContext context) {
        documents.encode(writer, document, context);
    }

    @Override
    public Class<Document> getEncoderClass() {
        return Document.class;
    }
}
