package org.allianceledger.review;

import java.util.Objects;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.Text;

/**
 * A figure a review reports about a unit over a span of fiscal years, e.g. "£2.4m in ICT between
 * 12/13 and 18/19" or HR's "cost increase of £1.5m" (CE Strategic Alliance Review, Apr 2019, §3.14).
 */
public record ReviewFigure(String subject, Measure measure, Money amount, FiscalYear from, FiscalYear to) {

    public enum Measure { SAVING, COST_INCREASE }

    public ReviewFigure {
        subject = Text.require(subject, "figure subject");
        Objects.requireNonNull(measure, "figure measure is required");
        Objects.requireNonNull(amount, "figure amount is required");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A figure's amount is positive; its measure says which way it goes");
        }
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new IllegalArgumentException("A figure's span ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
