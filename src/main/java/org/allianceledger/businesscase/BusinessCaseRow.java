package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.PartialDate;

/**
 * A business case as the register shows it on a date: its standing option and forecast, and every
 * version it has had.
 *
 * @param status {@code approved}, {@code superseded} or {@code withdrawn}
 */
public record BusinessCaseRow(String caseId, String functionId, String title, String option, int version,
                              List<ForecastLine> forecast, String status, PartialDate approvedOn,
                              String supersededBy, List<Version> versions) {

    public record Version(int version, String option, List<ForecastLine> forecast, PartialDate decidedOn) {
    }
}
