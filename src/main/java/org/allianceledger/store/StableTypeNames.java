package org.allianceledger.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The names events are stored under. Every event record declares one with {@link JsonTypeName};
 * the name, not the Java class, is what the store keeps, so packages can be reorganised without
 * upcasting the whole record. The event types are the features' ({@code Features#events()}).
 */
public final class StableTypeNames {

    private final Map<String, Class<?>> classesByName;

    private StableTypeNames(Map<String, Class<?>> classesByName) {
        this.classesByName = classesByName;
    }

    /** The names of these event types, each of which must declare one of its own. */
    public static StableTypeNames of(List<Class<?>> eventTypes) {
        Map<String, Class<?>> byName = eventTypes.stream()
                .collect(Collectors.toMap(StableTypeNames::nameOf, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Two event types share the stored name '" + nameOf(a) + "': " + a + " and " + b);
                }));
        return new StableTypeNames(Map.copyOf(byName));
    }

    public Optional<String> nameFor(Class<?> type) {
        JsonTypeName annotation = type.getAnnotation(JsonTypeName.class);
        return annotation == null ? Optional.empty() : Optional.of(annotation.value());
    }

    public Optional<Class<?>> classFor(String name) {
        return Optional.ofNullable(classesByName.get(name));
    }

    public Map<String, Class<?>> all() {
        return classesByName;
    }

    private static String nameOf(Class<?> type) {
        JsonTypeName name = type.getAnnotation(JsonTypeName.class);
        if (name == null) {
            throw new IllegalStateException(type.getName() + " has no @JsonTypeName to be stored under");
        }
        return name.value();
    }
}
