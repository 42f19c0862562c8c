package org.allianceledger.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.recording.DecisionAnswers;
import org.allianceledger.recording.FormRecording;
import org.allianceledger.recording.RecordingForm;
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
class RecommendationProgressForm implements RecordingForm {

    static final String NAME = "record-recommendation-progress";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("reviewId", "recommendation", "number", "recommendation", "note", "note");

    private final RecommendationRegister progress;
    private final ReadModels readModels;
    private final FormRecording forms;

    RecommendationProgressForm(RecommendationRegister progress, ReadModels readModels, FormRecording forms) {
        this.progress = progress;
        this.readModels = readModels;
        this.forms = forms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Record progress on a recommendation";
    }

    @Override
    public String group() {
        return "Reviews and recommendations";
    }

    /** @param recommendation {@code reviewId/number} */
    record Answers(String recommendation, String note) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String recommendation, Model model) {
        FormRecording.show(DecisionAnswers.fresh(), model);
        return show(new Answers(recommendation, null), model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return forms.record(NAME, decision, FIELDS, command -> {
            String chosen = answers.recommendation();
            if (chosen != null && chosen.contains("/")) {
                command.put("reviewId", chosen.substring(0, chosen.indexOf('/')));
                command.put("number", chosen.substring(chosen.indexOf('/') + 1));
            }
            DecisionAnswers.putGiven(command, "note", answers.note());
        }, recorder, model, () -> show(answers, model));
    }

    private String show(Answers answers, Model model) {
        List<RecommendationRow> open = progress.recommendations(readModels.readAt(new PointInTimeParams(null, null)), null);
        model.addAttribute("answers", answers);
        model.addAttribute("recommendations", open);
        return NAME;
    }
}
