package org.allianceledger.web;

import org.allianceledger.alliance.InvalidInput;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a long list one answer carries.
 *
 * @param defaultLimit rows when the client names no limit
 * @param maxLimit     the most rows one answer carries
 */
@ConfigurationProperties("ledger.api.paging")
public record Paging(int defaultLimit, int maxLimit) {

    public long offset(Long requested) {
        if (requested != null && requested < 0) {
            throw new InvalidInput("offset", "offset is a number of rows to skip, 0 or more, not " + requested);
        }
        return requested == null ? 0 : requested;
    }

    public int limit(Integer requested) {
        if (requested != null && (requested < 1 || requested > maxLimit)) {
            throw new InvalidInput("limit", "limit is a number of rows from 1 to " + maxLimit + ", not " + requested);
        }
        return requested == null ? defaultLimit : requested;
    }
}
