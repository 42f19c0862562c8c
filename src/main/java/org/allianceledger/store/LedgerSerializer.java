package org.allianceledger.store;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/** Axon's Jackson serializer, storing event types under their {@link StableTypeNames stable names}. */
public final class LedgerSerializer extends JacksonSerializer {

    private final StableTypeNames names;

    private LedgerSerializer(Builder builder, StableTypeNames names) {
        super(builder);
        this.names = names;
    }

    public static LedgerSerializer create(Builder builder, StableTypeNames names) {
        return new LedgerSerializer(builder, names);
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

    @Override
    public Class classForType(SerializedType type) {
        return names.classFor(type.getName()).map(c -> (Class) c).orElseGet(() -> super.classForType(type));
    }
}
