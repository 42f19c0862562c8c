package org.allianceledger.alliance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An amount of sterling in whole pence. No floating point: the documents' figures must add up to the penny. */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator
    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /** Thousands of pounds, as the alliance's tables print them ("£174k"). */
    public static Money ofThousands(long thousands) {
        return ofPounds(Math.multiplyExact(thousands, 1000L));
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public boolean isNegative() {
        return pence < 0;
    }

    @JsonValue
    public long pence() {
        return pence;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Pounds with two decimals, e.g. {@code 112000.00}. */
    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    /** As a board paper prints it: whole pounds where there are no pence, {@code £2,600,000}, {@code -£186,000}, {@code £12.50}. */
    @Override
    public String toString() {
        String pattern = pence % 100 == 0 ? "#,##0" : "#,##0.00";
        String pounds = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(pounds().abs());
        return (pence < 0 ? "-£" : "£") + pounds;
    }
}
