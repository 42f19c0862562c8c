package org.allianceledger.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The names events are stored under. Every event record declares one with {@link JsonTypeName};
 * the name, not the Java class, is what the store keeps, so packages can be reorganised without
 * upcasting the whole record.
 */
public final class StableTypeNames {

    private static final String BASE_PACKAGE = "org.allianceledger";

    private final Map<String, Class<?>> classesByName;

    private StableTypeNames(Map<String, Class<?>> classesByName) {
        this.classesByName = classesByName;
    }

    public static StableTypeNames scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(JsonTypeName.class));
        Map<String, Class<?>> byName = scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), StableTypeNames.class.getClassLoader()))
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
        return type.getAnnotation(JsonTypeName.class).value();
    }
}
