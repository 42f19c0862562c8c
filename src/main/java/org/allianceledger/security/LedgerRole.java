package org.allianceledger.security;

/**
 * What a signed-in user may do. Every role reads; a recorder also records decisions; an auditor
 * also verifies the log's integrity, exports it and replays the read models.
 */
public enum LedgerRole {
    RECORDER, AUDITOR, VIEWER
}
