package org.allianceledger.review;

import java.util.List;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;

/** A review as it stood on a date: who was asked to look, when, and what its reports found. */
public record ReviewRow(String reviewId, String title, ReviewKind kind, String reviewer, PartialDate commissionedOn,
                        List<Report> reports) {

    public record Report(ReportStage stage, PartialDate on, List<String> findings, String assessment, SourceRef source) {
    }
}
