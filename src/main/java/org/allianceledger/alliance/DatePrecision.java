package org.allianceledger.alliance;

/** How precisely a source dates a decision: documents often give only a month ("June 2015") or a year. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
