package org.allianceledger.review;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Money;

/**
 * A figure a review reports about a unit over a span of fiscal years, e.g. "£2.4m in ICT between
 * 12/13 and 18/19" or HR's "cost increase of £1.5m" (CE Strategic Alliance Review, Apr 2019, §3.14).
 */
public record ReviewFigure(String subject, Measure measure, Money amount, FiscalYear from, FiscalYear to) {

    public enum Measure { SAVING, COST_INCREASE }
}
