package org.allianceledger.review;

import java.util.List;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.readmodel.Lists;

/** A review as it stood on a date: who was asked to look, when, and what its reports found. */
public record ReviewRow(String reviewId, String title, ReviewKind kind, String reviewer, PartialDate commissionedOn,
                        List<Report> reports) {

    /** A review before any event of it is seen (a report dated before its commissioning is folded onto this). */
    static ReviewRow empty(String reviewId) {
        return new ReviewRow(reviewId, null, null, null, null, List.of());
    }

    ReviewRow commissioned(String title, ReviewKind kind, String reviewer, PartialDate on) {
        return new ReviewRow(reviewId, title, kind, reviewer, on, reports);
    }

    ReviewRow with(Report report) {
        return new ReviewRow(reviewId, title, kind, reviewer, commissionedOn, Lists.appended(reports, report));
    }

    public record Report(ReportStage stage, PartialDate on, List<String> findings, String assessment, SourceRef source) {
    }
}
