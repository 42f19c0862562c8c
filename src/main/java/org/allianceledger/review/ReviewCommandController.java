package org.allianceledger.review;

import java.security.Principal;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.review.ReviewCommand.ChangeRecommendationStatus;
import org.allianceledger.review.ReviewCommand.CommissionReview;
import org.allianceledger.review.ReviewCommand.RaiseRecommendation;
import org.allianceledger.review.ReviewCommand.ReassignRecommendationOwner;
import org.allianceledger.review.ReviewCommand.RecordRecommendationProgress;
import org.allianceledger.review.ReviewCommand.ReportReview;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class ReviewCommandController {

    private final CommandDispatcher commands;

    ReviewCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/commission-review")
    CommandOutcome commission(@RequestBody CommissionReview command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/report-review")
    CommandOutcome report(@RequestBody ReportReview command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/raise-recommendation")
    CommandOutcome raise(@RequestBody RaiseRecommendation command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/record-recommendation-progress")
    CommandOutcome progress(@RequestBody RecordRecommendationProgress command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/change-recommendation-status")
    CommandOutcome status(@RequestBody ChangeRecommendationStatus command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/reassign-recommendation-owner")
    CommandOutcome reassign(@RequestBody ReassignRecommendationOwner command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
