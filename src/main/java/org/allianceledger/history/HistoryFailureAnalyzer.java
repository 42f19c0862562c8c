package org.allianceledger.history;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A history file refused at start-up is reported as one message naming the entry, not a stack trace. */
class HistoryFailureAnalyzer extends AbstractFailureAnalyzer<HistoryFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HistoryFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct the history file named by ledger.history.file, or set ledger.history.load-on-first-start=false.", cause);
    }
}
