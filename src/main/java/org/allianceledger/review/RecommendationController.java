package org.allianceledger.review;

import java.util.List;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.web.Csv;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/recommendations")
@Tag(name = "recommendations", description = "Reviews' recommendations: status history, owner, due date, overdue")
class RecommendationController {

    private final ReadModels readModels;
    private final RecommendationRegister progress;

    RecommendationController(ReadModels readModels, RecommendationRegister progress) {
        this.readModels = readModels;
        this.progress = progress;
    }

    @Operation(summary = "Recommendations and their progress", description = "Overdue is judged on the asOf date. "
            + "A review or owner the record does not hold, an unknown status, or overdue=true with a status that is never "
            + "overdue answers 400 naming the parameter.")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<RecommendationRow> recommendations(@ParameterObject PointInTimeParams at, @ParameterObject RecommendationFilter filter) {
        return progress.tracked(readModels.readAt(at), filter);
    }

    @Operation(summary = "How many recommendations stand in each status, and how many are overdue",
            description = "Of those the filters select, as for the list.")
    @GetMapping("/counts")
    RecommendationCounts counts(@ParameterObject PointInTimeParams at, @ParameterObject RecommendationFilter filter) {
        return RecommendationCounts.of(progress.tracked(readModels.readAt(at), filter));
    }
}
