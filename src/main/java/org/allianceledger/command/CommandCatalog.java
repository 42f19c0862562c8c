package org.allianceledger.command;

import org.allianceledger.alliance.Ids;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.allianceledger.alliance.DecisionCommand;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Every command the ledger accepts, by the name it is posted and written under: the record's name
 * in kebab case ({@code SignSection22Agreement} is {@code sign-section22-agreement}). The HTTP API
 * and the history loader both read commands through this one catalog.
 */
@Component
public class CommandCatalog {

    private static final String BASE_PACKAGE = "org.allianceledger";

    private final Map<String, Class<? extends DecisionCommand>> commands;

    public CommandCatalog() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DecisionCommand.class));
        Map<String, Class<? extends DecisionCommand>> found = new TreeMap<>();
        scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), getClass().getClassLoader()))
                .filter(Class::isRecord)
                .forEach(type -> found.put(nameOf(type), type.asSubclass(DecisionCommand.class)));
        this.commands = Map.copyOf(found);
    }

    public static String nameOf(Class<?> commandType) {
        return Ids.kebab(commandType);
    }

    public Optional<Class<? extends DecisionCommand>> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Sorted by name. */
    public Map<String, Class<? extends DecisionCommand>> all() {
        return new TreeMap<>(commands);
    }
}
