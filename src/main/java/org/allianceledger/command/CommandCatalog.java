package org.allianceledger.command;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.allianceledger.alliance.DecisionCommand;
import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.PublicName;
import org.springframework.stereotype.Component;

/**
 * Every command the ledger accepts, by the name it is posted and written under: its
 * {@link PublicName}, never its record's name, so that renaming a record changes no endpoint or
 * history file. The HTTP API and the history loader both read commands through this one catalog.
 */
@Component
public class CommandCatalog {

    private final SortedMap<String, Class<? extends DecisionCommand>> commands;

    public CommandCatalog(Features features) {
        this.commands = features.commands().stream().collect(Collectors.toMap(Features::publicName, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two commands share the name '" + Features.publicName(a) + "': " + a + " and " + b);
                }, TreeMap::new));
    }

    public Optional<Class<? extends DecisionCommand>> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /** Sorted by name. */
    public Map<String, Class<? extends DecisionCommand>> all() {
        return new TreeMap<>(commands);
    }
}
