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
    COLLABORATION_SPEND,
    /**
     * Savings a document expects from collaboration over a period it names in words ("over the next three
     * financial years"): for one force, or for the three together where no force is given.
     */
    EXPECTED_SAVING,
    /**
     * A printed total of recurrent budget reductions: with a fiscal year, that year's total across
     * functions; without one, one function's total over the years its table shows.
     */
    RECURRENT_TOTAL,
    /** A printed "Total annual cumulative": the recurrent reductions of every year up to this one. */
    ANNUAL_CUMULATIVE,
    /** A printed "Total savings from" the table's first year: the running sum of the annual cumulative. */
    TOTAL_TO_DATE,
    /** A printed "Total Cumulative Change Team costs" up to a year, recorded as a positive cost. */
    CHANGE_TEAM_CUMULATIVE;

    /**
     * Every kind but a business case's forecast and a function's printed total is a figure for a
     * fiscal year: a case may forecast only over its whole life, and the 2018 table prints each
     * function's total over all its years.
     */
    public boolean needsFiscalYear() {
        return this != FORECAST && this != RECURRENT_TOTAL && this != EXPECTED_SAVING;
    }

    /** Whether a report's figure of this kind is recorded as stated rather than itemised in the ledger. */
    public boolean stated() {
        return this == STATED_SAVING || this == COLLABORATION_SPEND || this == EXPECTED_SAVING || this == RECURRENT_TOTAL
                || this == ANNUAL_CUMULATIVE || this == TOTAL_TO_DATE || this == CHANGE_TEAM_CUMULATIVE;
    }

    /** Every kind but an expectation for the three forces together is a figure for one force. */
    public boolean needsForce() {
        return this != EXPECTED_SAVING;
    }

    /** A cost, which the documents print as a negative beside the savings and which is never netted against them. */
    public boolean cost() {
        return this == CHANGE_TEAM_COST || this == CHANGE_TEAM_CUMULATIVE;
    }
}
