package org.allianceledger.history;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/**
 * A history file as written: the documents its entries cite, each under an id of the file's own, and
 * the entries in date order. A decision and a command's own fields ({@code args}) are kept as written,
 * for the command reader to check as it checks the API's JSON.
 */
record HistoryFile(List<Document> documents, List<Entry> entries) {

    /** An undated document (the Concerto case study) has no date. */
    record Document(String id, String title, String date) {
    }

    record Entry(String id, String command, Citation source, ObjectNode decision, ObjectNode args, String note) {
    }

    /** A document by the file's id for it, the paragraph or table, and the words of the source. */
    record Citation(String document, String paragraph, String quote) {
    }
}
