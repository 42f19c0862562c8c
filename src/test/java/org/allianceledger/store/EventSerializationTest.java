package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceledger.LedgerFeatures;
import org.allianceledger.alliance.DueBy;
import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.support.AllFeatureSamples;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.mongodb.DBObject;

/**
 * Every event type is stored as readable JSON under a stable name and revision, and reads back
 * equal to what was written. A new event type without a sample fails the first test.
 */
class EventSerializationTest {

    private final LedgerSerializer serializer = LedgerSerializer.create(LedgerFeatures.ALL);
    private final List<Object> samples = AllFeatureSamples.events();

    @Test
    void everyEventTypeHasASample() {
        Set<Class<?>> sampled = samples.stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(serializer.names().all().values())
                .as("event types without a sample in a FeatureSamples implementation")
                .allSatisfy(type -> assertThat(sampled).contains(type));
        assertThat(serializer.names().all()).isNotEmpty();
    }

    @Test
    void everyEventTypeIsARecordWithARevisionInASealedFamily() {
        assertThat(serializer.names().all().values()).allSatisfy(type -> {
            assertThat(type.isRecord()).as(type + " is a record").isTrue();
            assertThat(type.getAnnotation(Revision.class)).as(type + " has @Revision").isNotNull();
            assertThat(type.getInterfaces()).as(type + " belongs to a sealed event interface")
                    .anySatisfy(family -> assertThat(family.isSealed()).isTrue());
        });
    }

    @Test
    void everyEventRoundTripsThroughTheStoredForm() {
        assertThat(samples).allSatisfy(event -> {
            SerializedObject<DBObject> stored = serializer.serialize(event, DBObject.class);

            assertThat(stored.getType().getName()).isEqualTo(serializer.names().nameFor(event.getClass()).orElseThrow());
            assertThat(stored.getType().getRevision()).isEqualTo(event.getClass().getAnnotation(Revision.class).value());
            Object back = serializer.deserialize(
                    new SimpleSerializedObject<>(stored.getData(), DBObject.class, stored.getType()));
            assertThat(back).isEqualTo(event);
        });
    }

    /**
     * As the engine reads it: payload and metadata BSON documents go to their types directly, to what the
     * JSON text gives (a small whole number in metadata, which has no declared type, reads as an int either way).
     */
    @Test
    void everyEventAndItsMetadataReadBackFromTheStoredDocuments() {
        MetaData metaData = MetaData.with("recorder", "r").and("onBehalfOf", List.of("a", "b")).and("attempt", 2L)
                .and("request", java.util.Map.of("share", 0.25, "kinds", List.of(1, "two"), "flag", true));
        SerializedObject<String> storedMetaData = serializer.serialize(metaData, String.class);
        assertThat(samples).allSatisfy(event -> {
            SerializedObject<String> stored = serializer.serialize(event, String.class);

            Object fromDocument = serializer.deserialize(new SimpleSerializedObject<>(Document.parse(stored.getData()), Document.class, stored.getType()));
            assertThat(fromDocument).isEqualTo(event).isEqualTo(serializer.deserialize(stored));
        });
        Object metaDataBack = serializer.deserialize(new SimpleSerializedObject<>(Document.parse(storedMetaData.getData()), Document.class,
                storedMetaData.getType()));
        assertThat(metaDataBack).isEqualTo(serializer.deserialize(storedMetaData)).isEqualTo(metaData.and("attempt", 2));
    }

    /**
     * Events are plain data: one recorded under earlier rules loads, and is written back unchanged,
     * whatever rules commands are held to now. Each event is stored here holding what today's rules
     * refuse: blank text, an empty name among the deciders, a list naming an entry twice, a negative
     * amount, a year before the earliest, a fiscal year starting in 1899 and 0 for every number.
     */
    @Test
    void everyEventLoadsAndIsWrittenBackAsStoredWhateverTodaysRulesSay() {
        assertThat(samples).allSatisfy(event -> {
            SerializedObject<String> sample = serializer.serialize(event, String.class);
            JsonNode asRecorded = LedgerSerializer.JSON.readTree(sample.getData());
            String stored = refusedToday(asRecorded, event.getClass()).toString();
            assertThat(LedgerSerializer.JSON.readTree(stored)).as("what today's rules refuse").isNotEqualTo(asRecorded);

            Object loaded = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, sample.getType()));

            assertThat(loaded).isInstanceOf(event.getClass());
            assertThat(LedgerSerializer.JSON.readTree(serializer.serialize(loaded, String.class).getData())).as(stored)
                    .isEqualTo(LedgerSerializer.JSON.readTree(stored));
        });
    }

    /** A stored value of {@code type} as the rules for commands now refuse it, by its type; other values as they are. */
    private static JsonNode refusedToday(JsonNode value, Type type) {
        Class<?> raw = (Class<?>) (type instanceof ParameterizedType generic ? generic.getRawType() : type);
        if (value.isNull()) {
            return value;
        }
        if (raw == String.class) {
            return TextNode.valueOf(" ");
        }
        if (raw == int.class) {
            return IntNode.valueOf(0);
        }
        if (raw == Money.class) {
            return LongNode.valueOf(-100);
        }
        if (raw == PartialDate.class || raw == DueBy.class) {
            return TextNode.valueOf("0999-06");
        }
        if (raw == FiscalYear.class) {
            return TextNode.valueOf("1899/00");
        }
        if (raw == List.class) {
            Type entryType = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode entries = JsonNodeFactory.instance.arrayNode();
            value.forEach(entry -> entries.add(refusedToday(entry, entryType)));
            if (entryType == String.class) {
                entries.add("");
            } else if (!entries.isEmpty()) {
                entries.add(entries.get(0).deepCopy());
            }
            return entries;
        }
        if (raw.isRecord() && value.isObject()) {
            ObjectNode fields = value.deepCopy();
            for (RecordComponent component : raw.getRecordComponents()) {
                if (value.has(component.getName())) {
                    fields.set(component.getName(), refusedToday(value.get(component.getName()), component.getGenericType()));
                }
            }
            return fields;
        }
        return value;
    }

    @Test
    void datesAreStoredAsIsoStrings() {
        Object sample = samples.get(0);
        String json = serializer.serialize(sample, String.class).getData();
        Map<?, ?> decision = (Map<?, ?>) Document.parse(json).get("decision");
        assertThat(decision.get("decidedOn")).isInstanceOf(String.class);
    }
}
