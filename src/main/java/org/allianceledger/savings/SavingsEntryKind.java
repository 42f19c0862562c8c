package org.allianceledger.savings;

/**
 * The kinds of figure a savings ledger keeps. They are recorded side by side and never netted:
 * change-team costs served many more projects than the savings they sit beside (BCB report,
 * 19 Jul 2018, §5.2 notes and §5.4).
 */
public enum SavingsEntryKind {
    BUDGET_REDUCTION, CHANGE_TEAM_COST, FORECAST
}
