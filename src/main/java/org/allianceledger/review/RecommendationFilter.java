package org.allianceledger.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.allianceledger.alliance.InvalidInput;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The tracker's filters, as the URL gives them; each one given narrows the list. A value the record
 * cannot match (a review or owner it does not hold, a status that does not exist) or filters that
 * contradict each other are refused naming the parameter, never answered with an empty list.
 */
public record RecommendationFilter(
        @Parameter(description = "Only this review's", example = "ce-strategic-alliance-review-2019") String review,
        @Parameter(description = "Only those this owner holds, as the source names the owner (any case)") String owner,
        @Parameter(description = "Only those in this status", example = "OPEN") String status,
        @Parameter(description = "true: only those overdue on the asOf date; false: only those not overdue", example = "true")
        String overdue) {

    /** The review asked for, or null for every one. */
    public String reviewId() {
        return present(review) ? review.trim() : null;
    }

    /** Whether anything narrower than one review is asked for. */
    public boolean narrowsWithinReviews() {
        return present(owner) || present(status) || present(overdue);
    }

    /** The recommendations among {@code all} that pass, once every value is known to the record of {@code reviews}. */
    List<RecommendationRow> apply(List<ReviewRow> reviews, List<RecommendationRow> all, LocalDate asOf) {
        String reviewId = reviewId();
        if (reviewId != null && reviews.stream().noneMatch(row -> row.reviewId().equals(reviewId))) {
            throw new InvalidInput("review", "No review '" + reviewId + "' had been commissioned by " + asOf);
        }
        String ownerName = present(owner) ? owner.trim() : null;
        if (ownerName != null && all.stream().noneMatch(row -> ownerName.equalsIgnoreCase(row.owner()))) {
            throw new InvalidInput("owner", "No recommendation is owned by '" + ownerName + "' on " + asOf);
        }
        RecommendationStatus wanted = wantedStatus();
        Boolean late = wantedOverdue();
        if (Boolean.TRUE.equals(late) && wanted != null && RecommendationRegister.NOT_DUE.contains(wanted)) {
            throw new InvalidInput("overdue", "A recommendation " + wanted.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " is never overdue: ask for overdue or for status " + wanted + ", not both");
        }
        return all.stream()
                .filter(row -> reviewId == null || row.review().equals(reviewId))
                .filter(row -> ownerName == null || ownerName.equalsIgnoreCase(row.owner()))
                .filter(row -> wanted == null || row.status() == wanted)
                .filter(row -> late == null || row.overdue() == late)
                .toList();
    }

    private RecommendationStatus wantedStatus() {
        if (!present(status)) {
            return null;
        }
        String name = status.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(RecommendationStatus.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInput("status", "status is one of " + Arrays.stream(RecommendationStatus.values())
                        .map(Objects::toString).collect(Collectors.joining(", ")) + ", not '" + status.trim() + "'"));
    }

    private Boolean wantedOverdue() {
        if (!present(overdue)) {
            return null;
        }
        return switch (overdue.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput("overdue", "overdue is true or false, not '" + overdue.trim() + "'");
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
