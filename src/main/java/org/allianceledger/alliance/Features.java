package org.allianceledger.alliance;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ledger's features as their sealed command and event interfaces. Every command and event type
 * is found from these by the compiler's list of permitted subtypes, not by scanning the classpath,
 * so what the API accepts and the store reads is what the code says. The application lists them
 * (in its root package, which may see every feature); the store and the command path are handed the
 * list, so neither depends on a feature. (One sealed root cannot stand in for the list: outside a
 * named module, a sealed interface permits only types of its own package.)
 */
public final class Features {

    /** A feature's commands and the events its aggregate records. */
    public record Feature(Class<? extends DecisionCommand> commands, Class<? extends RecordedDecision> events) {
    }

    private final List<Feature> features;
    private final List<Class<?>> ledgerEvents;

    /** @param ledgerEvents the event families the ledger records of itself (its seals), not decisions */
    public Features(List<Feature> features, List<Class<?>> ledgerEvents) {
        this.features = List.copyOf(features);
        this.ledgerEvents = List.copyOf(ledgerEvents);
    }

    /** Every command record. */
    public List<Class<? extends DecisionCommand>> commands() {
        return features.stream().<Class<? extends DecisionCommand>>flatMap(feature -> recordsOf(feature.commands())).toList();
    }

    /** Every event record the store keeps: the features' decisions and the ledger's own. */
    public List<Class<?>> events() {
        return Stream.concat(features.stream().map(Feature::events), ledgerEvents.stream())
                .<Class<?>>flatMap(Features::recordsOf).toList();
    }

    /** A command's endpoint name or an event's register kind, as its {@link PublicName} gives it. */
    public static String publicName(Class<?> type) {
        return PUBLIC_NAMES.get(type);
    }

    /** Each type's public name, read once: the decision register asks for it at every event it files. */
    private static final ClassValue<String> PUBLIC_NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            PublicName name = type.getAnnotation(PublicName.class);
            if (name == null) {
                throw new IllegalStateException(type.getName() + " has no @PublicName");
            }
            return name.value();
        }
    };

    /** The records a sealed interface permits, through its sealed sub-interfaces (a review's recommendation events). */
    private static <T> Stream<Class<? extends T>> recordsOf(Class<T> family) {
        return permitted(family).map(type -> type.asSubclass(family));
    }

    private static Stream<Class<?>> permitted(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses()).flatMap(type -> type.isSealed() ? permitted(type) : Stream.of(type));
    }
}
