package org.allianceledger.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.Plain;
import org.allianceledger.recording.CheckedAnswer;
import org.allianceledger.recording.DecisionAnswers;
import org.allianceledger.recording.FormRecording;
import org.allianceledger.recording.RecordingPage;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /record/change-recommendation-status}: a recorder records where a recommendation now stands,
 * and, when it is superseded, the recommendation that replaced it. Which moves are allowed is the
 * review's rule ({@link RecommendationStatus#next()}), refused beside the status.
 */
@Page
@RequestMapping("/record/" + RecommendationStatusForm.NAME)
class RecommendationStatusForm extends RecordingPage {

    static final String NAME = "change-recommendation-status";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("reviewId", "recommendation", "number", "recommendation", "status", "status",
            "supersededBy", "supersededBy");

    private final RecommendationChoice recommendations;

    RecommendationStatusForm(RecommendationChoice recommendations, FormRecording forms) {
        super(forms, NAME, "Change a recommendation’s status", RecommendationChoice.GROUP);
        this.recommendations = recommendations;
    }

    /**
     * @param recommendation {@code reviewId/number}
     * @param status         a {@link RecommendationStatus} name
     * @param supersededBy   {@code reviewId/number} of the recommendation that replaced it, when superseded
     */
    record Answers(String recommendation, String status, String supersededBy) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String recommendation, Model model) {
        freshDecision(model);
        return show(new Answers(recommendation, null, null), model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return submit(decision, FIELDS, command -> {
            RecommendationChoice.putInto(command, answers.recommendation());
            DecisionAnswers.putGiven(command, "status", answers.status());
            String by = answers.supersededBy();
            if (by != null && by.contains("/")) {
                ObjectNode replacement = command.putObject("supersededBy");
                RecommendationChoice.putInto(replacement, by);
            }
        }, () -> summary(answers), recorder, model, () -> show(answers, model));
    }

    private List<CheckedAnswer> summary(Answers answers) {
        return List.of(recommendations.answer("Recommendation", "recommendation", answers.recommendation(), ""),
                CheckedAnswer.of("New status", status(answers.status()), "status", ""),
                recommendations.answer("Superseded by", "supersededBy", answers.supersededBy(), "Not superseded"));
    }

    private static String status(String name) {
        for (RecommendationStatus status : RecommendationStatus.values()) {
            if (status.name().equals(name)) {
                return Plain.words(status);
            }
        }
        return name;
    }

    private String show(Answers answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("recommendations", recommendations.rows());
        model.addAttribute("statuses", RecommendationStatus.values());
        return "record-" + NAME;
    }
}
