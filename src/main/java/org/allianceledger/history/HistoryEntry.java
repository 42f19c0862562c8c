package org.allianceledger.history;

import org.allianceledger.alliance.DecisionCommand;

/**
 * One decision or fact of a history file, read and checked as the command it records.
 *
 * @param id       the entry's id in the file, kept as the client command id of what it records
 * @param document the cited document's title, as the source of the decision
 * @param note     the recorder's remark (an inferred year, a conflict between sources), or null
 */
public record HistoryEntry(String id, String commandName, DecisionCommand command, String document, String note) {
}
