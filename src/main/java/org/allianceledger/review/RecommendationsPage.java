package org.allianceledger.review;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Csv;
import org.allianceledger.web.Page;
import org.allianceledger.web.RefusedInput;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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

    /**
     * The tracker: the boards of the chosen review (or of every one) with the recommendations the filters
     * select, and counts of those. A filter the record cannot match is refused in the form, never an empty board.
     */
    @GetMapping("/recommendations")
    String recommendations(PointInTimeParams params, RecommendationFilter filter, Model model) {
        PointInTime at = asOfControl.read(params, model);
        List<ReviewRow> reviews = progress.reviews(at);
        List<RecommendationRow> all = progress.recommendations(at, null);
        model.addAttribute("filter", filter);
        model.addAttribute("reviews", reviews);
        model.addAttribute("owners", all.stream().map(RecommendationRow::owner).filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("csvLink", Csv.downloadLink("/api/recommendations"));
        model.addAttribute("reviewTitles", reviews.stream().collect(Collectors.toMap(ReviewRow::reviewId, ReviewRow::title)));
        List<RecommendationRow> shown;
        try {
            shown = filter.apply(reviews, all, at.asOf());
        } catch (InvalidInput refused) {
            RefusedInput.show(model, refused);
            model.addAttribute("boards", List.of());
            model.addAttribute("counts", RecommendationCounts.of(List.of()));
            return "recommendations";
        }
        model.addAttribute("boards", reviews.stream()
                .filter(row -> filter.reviewId() == null || row.reviewId().equals(filter.reviewId()))
                .map(row -> board(row, shown))
                .filter(board -> !filter.narrowsWithinReviews() || !board.recommendations().isEmpty())
                .toList());
        model.addAttribute("counts", RecommendationCounts.of(shown));
        return "recommendations";
    }

    private static ReviewBoard board(ReviewRow review, List<RecommendationRow> all) {
        List<RecommendationRow> its = all.stream().filter(row -> row.review().equals(review.reviewId())).toList();
        return new ReviewBoard(review, its, RecommendationCounts.of(its));
    }
}
