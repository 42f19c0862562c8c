package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;

/** A stored event's payload and metadata read as tokens are the tokens of the maps the driver reads, value for value. */
class StoredEventCodecTest {

    private static final ObjectMapper MAPPER = LedgerSerializer.objectMapper();

    @Test
    void subDocumentsReadAsTokensAreTheTokensOfTheDriversMaps() throws Exception {
        Document payload = new Document("text", "Réponse — «quoted»\n\ttabbed 🚓")
                .append("int", 7).append("long", 9_000_000_000L).append("negative", -1).append("double", 2.5)
                .append("yes", true).append("no", false).append("nothing", null)
                .append("nested", new Document("deeper", new Document("list", List.of(1, "two", 3.0, List.of(), new Document()))))
                .append("empty", new Document()).append("list", List.of(new Document("a", 1L), "b"))
                // Not written by the ledger's serializer, read as the driver reads them all the same.
                .append("date", new Date(1_300_000_000_000L)).append("id", new ObjectId("5f1d7a2b9c3e4d5f6a7b8c9d"))
                .append("decimal", Decimal128.parse("12345678901234567890.5"));
        Document stored = new Document("_id", 42L).append("payload", payload)
                .append("metaData", new Document("recordedBy", "recorder").append("traceId", "t-1"))
                .append("payloadType", "RecordedDecision").append("payloadRevision", null).append("stream", "b1/0");

        Document asTokens = decode(stored, StoredEventCodec.registry(Set.of("payload", "metaData"), MAPPER).get(Document.class)
                .decode(reader(stored), DecoderContext.builder().build()));
        Document asMaps = decode(stored, new DocumentCodec().decode(reader(stored), DecoderContext.builder().build()));

        for (String field : List.of("payload", "metaData")) {
            assertThat(asTokens.get(field)).isInstanceOf(TokenBuffer.class);
            assertThat(tree(asTokens.get(field))).as(field).isEqualTo(MAPPER.valueToTree(asMaps.get(field)));
            // Read twice: the serializer reads the tokens, then the read models write their line from them.
            assertThat(tree(asTokens.get(field))).as(field).isEqualTo(tree(asTokens.get(field)));
        }
        for (String field : List.of("_id", "payloadType", "payloadRevision", "stream")) {
            assertThat(asTokens.get(field)).as(field).isEqualTo(asMaps.get(field));
        }
        assertThat(asTokens.keySet()).containsExactlyElementsOf(asMaps.keySet());
    }

    @Test
    void aPayloadStoredAsTextStaysText() {
        Document stored = new Document("_id", 1L).append("payload", "\"a JSON string\"").append("metaData", "{}");
        Document read = StoredEventCodec.registry(Set.of("payload", "metaData"), MAPPER).get(Document.class)
                .decode(reader(stored), DecoderContext.builder().build());
        assertThat(read).isEqualTo(stored);
    }

    private static Document decode(Document stored, Document read) {
        assertThat(read.keySet()).isEqualTo(stored.keySet());
        return read;
    }

    private static BsonBinaryReader reader(Document document) {
        return new BsonBinaryReader(new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().asNIO());
    }

    private static JsonNode tree(Object tokens) throws Exception {
        return MAPPER.readTree(((TokenBuffer) tokens).asParser());
    }
}
