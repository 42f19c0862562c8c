package org.allianceledger.review;

import java.util.List;
import java.util.stream.Collectors;

import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A status board per review: each recommendation's owner, due date, overdue flag and history; each report's findings. */
@Page
class RecommendationsPage {

    private final AsOfControl asOfControl;
    private final RecommendationRegister progress;

    RecommendationsPage(AsOfControl asOfControl, RecommendationRegister progress) {
        this.asOfControl = asOfControl;
        this.progress = progress;
    }

    /** One review's part of the board. */
    record ReviewBoard(ReviewRow review, List<RecommendationRow> recommendations, RecommendationCounts counts) {
    }

    @GetMapping("/recommendations")
    String recommendations(PointInTimeParams params, @RequestParam(required = false) String review, Model model) {
        PointInTime at = asOfControl.read(params, model);
        List<ReviewRow> reviews = progress.reviews(at);
        List<RecommendationRow> recommendations = progress.recommendations(at, null);
        String selected = review == null || review.isBlank() ? null : review.trim();
        model.addAttribute("reviews", reviews);
        model.addAttribute("reviewTitles", reviews.stream().collect(Collectors.toMap(ReviewRow::reviewId, ReviewRow::title)));
        model.addAttribute("review", selected);
        model.addAttribute("boards", reviews.stream()
                .filter(row -> selected == null || row.reviewId().equals(selected))
                .map(row -> board(row, recommendations))
                .toList());
        model.addAttribute("counts", RecommendationCounts.of(recommendations));
        return "recommendations";
    }

    private static ReviewBoard board(ReviewRow review, List<RecommendationRow> all) {
        List<RecommendationRow> its = all.stream().filter(row -> row.review().equals(review.reviewId())).toList();
        return new ReviewBoard(review, its, RecommendationCounts.of(its));
    }
}
