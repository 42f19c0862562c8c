package org.allianceledger.cli;

import java.util.List;

/** A verb over the whole store, written {@code VERB all}; it never records the shipped history. */
public abstract class StoreWideVerb implements Verb {

    private static final String ALL = "all";

    @Override
    public final String argument() {
        return ALL;
    }

    @Override
    public final List<String> properties(String argument) {
        if (!ALL.equals(argument)) {
            throw new VerbFailure(name() + " works on the whole store: write '" + name() + " " + ALL + "'");
        }
        return List.of("--ledger.history.load-on-first-start=false");
    }
}
