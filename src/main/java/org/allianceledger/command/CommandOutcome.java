package org.allianceledger.command;

/** What a successful command answers: the aggregate it changed and that aggregate's version after the change. */
public record CommandOutcome(String aggregateId, long version) {
}
