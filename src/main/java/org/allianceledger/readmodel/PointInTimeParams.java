package org.allianceledger.readmodel;

import io.swagger.v3.oas.annotations.Parameter;

/** The two query parameters every read takes. */
public record PointInTimeParams(
        @Parameter(description = "Valid time: what was in force on this date (YYYY-MM-DD). Default: today.", example = "2015-12-31")
        String asOf,
        @Parameter(description = "Transaction time: what the record said at this instant (ISO-8601), or at the end of this date. Default: now.",
                example = "2019-06-30T12:00:00Z")
        String knownAt) {
}
