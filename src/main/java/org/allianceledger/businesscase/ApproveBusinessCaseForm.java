package org.allianceledger.businesscase;

import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Plain;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.function.FunctionRow;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.recording.CheckedAnswer;
import org.allianceledger.recording.DecisionAnswers;
import org.allianceledger.recording.FormRecording;
import org.allianceledger.recording.RecordingPage;
import org.allianceledger.recording.TypedPounds;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /record/approve-business-case}: a recorder records a business case's approval, with its option
 * and each BCH force's forecast saving. The case's id is made from its title, as the shipped history's are.
 */
@Page
@RequestMapping("/record/" + ApproveBusinessCaseForm.NAME)
class ApproveBusinessCaseForm extends RecordingPage {

    static final String NAME = "approve-business-case";
    /** The forces a BCH business case forecasts for, one forecast line each. */
    private static final List<Force> FORCES = List.of(Force.BED, Force.CAM, Force.HER);

    private final FunctionRegister functions;
    private final ReadModels readModels;

    ApproveBusinessCaseForm(FunctionRegister functions, ReadModels readModels, FormRecording forms) {
        super(forms, NAME, "Record a business case’s approval", "Business cases");
        this.functions = functions;
        this.readModels = readModels;
    }

    /** The case's id is made from its title: a title that makes a taken id is refused beside the title. */
    @Override
    public boolean creates() {
        return true;
    }

    /** Each force's forecast: the saving in pounds, and the fiscal year it falls in (optional). */
    record Answers(String function, String title, String option, String bedAmount, String bedYear, String camAmount,
                   String camYear, String herAmount, String herYear) {

        public List<String> amounts() {
            return List.of(given(bedAmount), given(camAmount), given(herAmount));
        }

        public List<String> years() {
            return List.of(given(bedYear), given(camYear), given(herYear));
        }

        private static String given(String value) {
            return value == null ? "" : value.strip();
        }
    }

    @GetMapping
    String form(Answers chosen, Model model) {
        freshDecision(model);
        return show(chosen, model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        Map<String, String> fields = new HashMap<>(Map.of("functionId", "function", "title", "title", "option", "option",
                "caseId", "title", "forecast", "bedAmount"));
        return submit(decision, fields, command -> {
            DecisionAnswers.putGiven(command, "functionId", answers.function());
            DecisionAnswers.putGiven(command, "title", answers.title());
            DecisionAnswers.putGiven(command, "option", answers.option());
            if (answers.title() != null && !answers.title().isBlank()) {
                command.put("caseId", "bc-" + answers.title().strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", ""));
            }
            forecast(command, answers, fields);
        }, () -> summary(answers), recorder, model, () -> show(answers, model));
    }

    private List<CheckedAnswer> summary(Answers answers) {
        List<CheckedAnswer> rows = new ArrayList<>();
        rows.add(CheckedAnswer.of("Function", functionRows().stream().filter(f -> f.functionId().equals(answers.function()))
                .map(FunctionRow::name).findFirst().orElse(answers.function()), "function", ""));
        rows.add(CheckedAnswer.of("Title", answers.title(), "title", ""));
        rows.add(CheckedAnswer.of("Option chosen", answers.option(), "option", "Not given"));
        for (int i = 0; i < FORCES.size(); i++) {
            String amount = answers.amounts().get(i);
            String year = answers.years().get(i);
            rows.add(CheckedAnswer.of(Plain.words(FORCES.get(i)) + " forecast",
                    TypedPounds.given(amount) ? "£" + amount.strip().replace("£", "") + (year.isEmpty() ? "" : " in " + year) : null,
                    FORCES.get(i).name().toLowerCase(Locale.ROOT) + "Amount", "None"));
        }
        return rows;
    }

    private List<FunctionRow> functionRows() {
        return functions.functions(readModels.readAt(new PointInTimeParams(null, null)));
    }

    /** One line for each force given an amount; {@code fields} learns which line is which force's boxes. */
    private static void forecast(ObjectNode command, Answers answers, Map<String, String> fields) {
        var lines = command.putArray("forecast");
        for (int i = 0; i < FORCES.size(); i++) {
            String amount = answers.amounts().get(i);
            if (!TypedPounds.given(amount)) {
                continue;
            }
            String prefix = FORCES.get(i).name().toLowerCase(Locale.ROOT);
            String path = "forecast[" + lines.size() + "]";
            fields.put(path + ".amount", prefix + "Amount");
            fields.put(path + ".force", prefix + "Amount");
            fields.put(path + ".fiscalYear", prefix + "Year");
            ObjectNode line = lines.addObject().put("force", FORCES.get(i).name());
            TypedPounds.putPence(line, "amount", amount);
            DecisionAnswers.putGiven(line, "fiscalYear", answers.years().get(i));
        }
    }

    private String show(Answers answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("functions", functionRows());
        model.addAttribute("forces", FORCES);
        return "record-" + NAME;
    }
}
