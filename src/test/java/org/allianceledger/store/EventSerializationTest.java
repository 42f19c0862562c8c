package org.allianceledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceledger.support.AllFeatureSamples;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.DBObject;

/**
 * Every event type is stored as readable JSON under a stable name and revision, and reads back
 * equal to what was written. A new event type without a sample fails the first test.
 */
class EventSerializationTest {

    private final LedgerSerializer serializer = LedgerSerializer.create();
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

    @Test
    void datesAreStoredAsIsoStrings() {
        Object sample = samples.get(0);
        String json = serializer.serialize(sample, String.class).getData();
        Map<?, ?> decision = (Map<?, ?>) Document.parse(json).get("decision");
        assertThat(decision.get("decidedOn")).isInstanceOf(String.class);
    }
}
