package org.allianceledger.savings;

/**
 * The kinds of figure a savings ledger keeps. They are recorded side by side and never netted:
 * change-team costs served many more projects than the savings they sit beside (BCB report,
 * 19 Jul 2018, §5.2 notes and §5.4).
 */
public enum SavingsEntryKind {
    /** Removed from a force's budget: an actual, recurrent or one-off. */
    BUDGET_REDUCTION,
    /** What the change team cost in a year. */
    CHANGE_TEAM_COST,
    /** A business case's forecast, for a year or as a total. */
    FORECAST,
    /** A saving from collaboration as a report states or projects it, not tied to a business case. */
    STATED_SAVING,
    /** A force's spend on collaborated units in a year, as a report states or projects it. */
    COLLABORATION_SPEND;

    /** Every kind but a business case's forecast is a figure for a fiscal year. */
    public boolean needsFiscalYear() {
        return this != FORECAST;
    }
}
