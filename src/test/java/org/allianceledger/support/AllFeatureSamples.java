package org.allianceledger.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.allianceledger.command.FeatureSamples;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** Every {@link FeatureSamples} on the test classpath, merged: the shared tests' view of the whole vocabulary. */
public final class AllFeatureSamples {

    private AllFeatureSamples() {
    }

    public static List<FeatureSamples> find() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(FeatureSamples.class));
        return scanner.findCandidateComponents("org.allianceledger").stream()
                .map(definition -> instantiate(definition.getBeanClassName()))
                .toList();
    }

    public static List<Object> events() {
        return find().stream().flatMap(samples -> samples.events().stream()).toList();
    }

    public static Map<String, Object> commandsByEndpoint() {
        Map<String, Object> all = new HashMap<>();
        find().forEach(samples -> samples.commandsByEndpoint().forEach((endpoint, command) -> {
            if (all.put(endpoint, command) != null) {
                throw new IllegalStateException("Two features give samples for " + endpoint);
            }
        }));
        return all;
    }

    private static FeatureSamples instantiate(String className) {
        try {
            return (FeatureSamples) ClassUtils.forName(className, AllFeatureSamples.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FeatureSamples " + className + " needs a public no-argument constructor", e);
        }
    }
}
