package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.readmodel.Lists;

/**
 * A business case as the register shows it on a date: its standing option and forecast, and every
 * version it has had.
 *
 * @param status {@code approved}, {@code superseded} or {@code withdrawn}
 */
public record BusinessCaseRow(String caseId, String functionId, String title, String option, int version,
                              List<ForecastLine> forecast, String status, PartialDate approvedOn,
                              String supersededBy, List<Version> versions) {

    /** A case before any event of it is seen (an event dated before its approval is folded onto this). */
    static BusinessCaseRow empty(String caseId) {
        return new BusinessCaseRow(caseId, null, null, null, 0, List.of(), null, null, null, List.of());
    }

    BusinessCaseRow approved(String functionId, String title, PartialDate approvedOn) {
        return new BusinessCaseRow(caseId, functionId, title, option, version, forecast, "approved", approvedOn, supersededBy, versions);
    }

    /** The case with {@code option} and {@code forecast} standing as its version {@code number}. */
    BusinessCaseRow version(int number, String option, List<ForecastLine> forecast, PartialDate decidedOn) {
        return new BusinessCaseRow(caseId, functionId, title, option, number, forecast, status, approvedOn, supersededBy,
                Lists.appended(versions, new Version(number, option, forecast, decidedOn)));
    }

    BusinessCaseRow standing(String status, String supersededBy) {
        return new BusinessCaseRow(caseId, functionId, title, option, version, forecast, status, approvedOn, supersededBy, versions);
    }

    public record Version(int version, String option, List<ForecastLine> forecast, PartialDate decidedOn) {
    }
}
