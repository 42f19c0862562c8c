package org.allianceledger.function;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
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

/** {@code /record/defer-collaboration}: a recorder records that a function's collaboration is deferred. */
@Page
@RequestMapping("/record/" + DeferCollaborationForm.NAME)
class DeferCollaborationForm extends RecordingPage {

    static final String NAME = "defer-collaboration";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("functionId", "function", "reviewCondition", "reviewCondition",
            "earliestReview", "reviewYear");

    private final FunctionRegister functions;
    private final ReadModels readModels;

    DeferCollaborationForm(FunctionRegister functions, ReadModels readModels, FormRecording forms) {
        super(forms, NAME, "Defer collaboration on a function", "Functions");
        this.functions = functions;
        this.readModels = readModels;
    }

    /** The earliest review's date, like the decision's, in day, month and year boxes, the day and month optional. */
    record Answers(String function, String reviewCondition, String reviewDay, String reviewMonth, String reviewYear) {
    }

    @GetMapping
    String form(@RequestParam(required = false) String function, Model model) {
        freshDecision(model);
        return show(new Answers(function, null, null, null, null), model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return submit(decision, FIELDS, command -> {
            DecisionAnswers.putGiven(command, "functionId", answers.function());
            DecisionAnswers.putGiven(command, "reviewCondition", answers.reviewCondition());
            DecisionAnswers.putGiven(command, "earliestReview",
                    DecisionAnswers.date(answers.reviewYear(), answers.reviewMonth(), answers.reviewDay()));
        }, () -> List.of(
                CheckedAnswer.of("Function", functionRows().stream().filter(f -> f.functionId().equals(answers.function()))
                        .map(FunctionRow::name).findFirst().orElse(answers.function()), "function", ""),
                CheckedAnswer.of("Review condition", answers.reviewCondition(), "reviewCondition", "Not given"),
                CheckedAnswer.of("Earliest review", DecisionAnswers.plainDate(
                        DecisionAnswers.date(answers.reviewYear(), answers.reviewMonth(), answers.reviewDay())), "reviewYear", "Not given")),
                recorder, model, () -> show(answers, model));
    }

    private List<FunctionRow> functionRows() {
        return functions.functions(readModels.readAt(new PointInTimeParams(null, null)));
    }

    private String show(Answers answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("functions", functionRows());
        return "record-" + NAME;
    }
}
