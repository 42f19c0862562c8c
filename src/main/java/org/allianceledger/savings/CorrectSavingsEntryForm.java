package org.allianceledger.savings;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.Plain;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /record/correct-savings-entry}: a recorder corrects a savings entry; the earlier entry stays in
 * the record. The correction's own entry id is made from the form's key, so a second submit names the same entry.
 */
@Page
@RequestMapping("/record/" + CorrectSavingsEntryForm.NAME)
class CorrectSavingsEntryForm extends RecordingPage {

    static final String NAME = "correct-savings-entry";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("ledgerId", "entry", "correctsEntryId", "entry", "entryId", "entry",
            "force", "force", "fiscalYear", "fiscalYear", "amount", "amount", "reason", "reason");
    /** The forces an entry can be moved to. */
    private static final List<Force> FORCES = List.of(Force.BED, Force.CAM, Force.HER);

    private final SavingsRegister savings;
    private final ReadModels readModels;

    CorrectSavingsEntryForm(SavingsRegister savings, ReadModels readModels, FormRecording forms) {
        super(forms, NAME, "Correct a savings entry", "Savings");
        this.savings = savings;
        this.readModels = readModels;
    }

    /** @param entry {@code ledgerId/entryId} of the entry as it stands: its latest correction, if corrected */
    record Answers(String entry, String force, String fiscalYear, String amount, String reason) {
    }

    /** With an entry chosen, its figure as it stands fills the boxes, for the recorder to change what is wrong. */
    @GetMapping
    String form(@RequestParam(required = false) String entry, Model model) {
        freshDecision(model);
        Answers answers = entries().stream().filter(e -> id(e).equals(entry)).findFirst()
                .map(e -> new Answers(entry, e.force() == null ? null : e.force().name(),
                        e.fiscalYear() == null ? null : e.fiscalYear().toString(), pounds(e), null))
                .orElse(new Answers(entry, null, null, null, null));
        return show(answers, model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return submit(decision, FIELDS, command -> {
            String chosen = answers.entry();
            if (chosen != null && chosen.contains("/")) {
                command.put("ledgerId", chosen.substring(0, chosen.indexOf('/')));
                command.put("correctsEntryId", chosen.substring(chosen.indexOf('/') + 1));
            }
            if (decision.key() != null) {
                command.put("entryId", "correction-" + decision.key());
            }
            DecisionAnswers.putGiven(command, "force", answers.force());
            DecisionAnswers.putGiven(command, "fiscalYear", answers.fiscalYear());
            if (TypedPounds.given(answers.amount())) {
                TypedPounds.putPence(command, "amount", answers.amount());
            }
            DecisionAnswers.putGiven(command, "reason", answers.reason());
        }, () -> List.of(
                CheckedAnswer.of("Entry corrected", entries().stream().filter(e -> id(e).equals(answers.entry())).findFirst()
                        .map(CorrectSavingsEntryForm::describe).orElse(answers.entry()), "entry", ""),
                CheckedAnswer.of("Force", FORCES.stream().filter(f -> f.name().equalsIgnoreCase(answers.force())).map(Plain::words)
                        .findFirst().orElse(answers.force()), "force", "Not given"),
                CheckedAnswer.of("Fiscal year", answers.fiscalYear(), "fiscalYear", "Not given"),
                CheckedAnswer.of("Amount", TypedPounds.given(answers.amount()) ? "£" + answers.amount().strip().replace("£", "") : null,
                        "amount", "Not given"),
                CheckedAnswer.of("Why it is corrected", answers.reason(), "reason", "")),
                recorder, model, () -> show(answers, model));
    }

    /** An entry as the form's list and the check page name it: its ledger, kind, force, year and figure. */
    static String describe(SavingsEntry entry) {
        return entry.ledgerId() + ": " + Plain.words(entry.kind()) + ", " + Plain.words(entry.force())
                + (entry.fiscalYear() == null ? "" : ", " + entry.fiscalYear()) + (entry.amount() == null ? "" : ", " + entry.amount());
    }

    private String show(Answers answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("entries", entries());
        model.addAttribute("forces", FORCES);
        return "record-" + NAME;
    }

    private List<SavingsEntry> entries() {
        return savings.entries(readModels.readAt(new PointInTimeParams(null, null)));
    }

    /** The id a correction names: the entry's latest correction, since only that one may be corrected. */
    private static String id(SavingsEntry entry) {
        return entry.ledgerId() + "/" + (entry.correctedBy() != null ? entry.correctedBy() : entry.entryId());
    }

    private static String pounds(SavingsEntry entry) {
        return entry.amount() == null ? null : BigDecimal.valueOf(entry.amount().pence(), 2).toPlainString();
    }
}
