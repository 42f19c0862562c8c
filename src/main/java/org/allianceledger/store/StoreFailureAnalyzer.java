package org.allianceledger.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a store that cannot be opened or reached into one readable start-up message instead of a stack trace. */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreStartupException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the store configuration (see the README's configuration table) and start again.", cause);
    }
}
