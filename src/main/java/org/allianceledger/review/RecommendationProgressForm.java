package org.allianceledger.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;

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

/**
 * {@code /record/record-recommendation-progress}: a recorder records progress on a recommendation
 * from the pages, through the same command path as {@code POST /api/commands/record-recommendation-progress}.
 */
@Page
@RequestMapping("/record/" + RecommendationProgressForm.NAME)
class RecommendationProgressForm extends RecordingPage {

    static final String NAME = "record-recommendation-progress";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("reviewId", "recommendation", "number", "recommendation", "note", "note");

    private final RecommendationChoice recommendations;

    RecommendationProgressForm(RecommendationChoice recommendations, FormRecording forms) {
        super(forms, NAME, "Record progress on a recommendation", RecommendationChoice.GROUP);
        this.recommendations = recommendations;
    }

    /** @param recommendation {@code reviewId/number} */
    record Answers(String recommendation, String note) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String recommendation, Model model) {
        freshDecision(model);
        return show(new Answers(recommendation, null), model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return submit(decision, FIELDS, command -> {
            RecommendationChoice.putInto(command, answers.recommendation());
            DecisionAnswers.putGiven(command, "note", answers.note());
        }, () -> List.of(recommendations.answer("Recommendation", "recommendation", answers.recommendation(), ""),
                CheckedAnswer.of("Progress", answers.note(), "note", "")), recorder, model, () -> show(answers, model));
    }

    private String show(Answers answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("recommendations", recommendations.rows());
        return NAME;
    }
}
