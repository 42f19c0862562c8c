package org.allianceledger.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a command may carry, so that whatever is accepted can be stored, read back and summed
 * without loss. Years stop at 9999 (a date is written with a four-digit year) whatever the setting.
 *
 * @param earliestYear    the earliest year any date or fiscal year of a command may name
 * @param maxAmountPence  the largest amount, in pence; amounts are never negative
 * @param maxShortText    characters (Unicode code points) in a name, title, id or other one-line text
 * @param maxLongText     characters in prose marked {@link org.allianceledger.alliance.LongText}
 * @param maxRequestBytes the largest command body the API reads
 */
@ConfigurationProperties("ledger.limits")
public record InputLimits(int earliestYear, long maxAmountPence, int maxShortText, int maxLongText,
                          DataSize maxRequestBytes) {

    public static final int LATEST_YEAR = 9999;

    public InputLimits {
        if (earliestYear < 1000 || earliestYear > LATEST_YEAR) {
            throw new IllegalArgumentException("ledger.limits.earliest-year must be a four-digit year, not " + earliestYear);
        }
        if (maxAmountPence < 0 || maxShortText < 1 || maxLongText < maxShortText
                || maxRequestBytes == null || maxRequestBytes.toBytes() < 1 || maxRequestBytes.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ledger.limits: amounts from 0, short text from 1 character, long text no "
                    + "shorter than short text, and a request limit from 1 byte to 2 GB");
        }
    }
}
