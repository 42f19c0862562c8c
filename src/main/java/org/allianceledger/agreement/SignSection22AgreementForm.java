package org.allianceledger.agreement;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.Plain;
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
import org.springframework.web.servlet.ModelAndView;

/** {@code /record/sign-section22-agreement}: a recorder records one party's signature of a Section 22A agreement. */
@Page
@RequestMapping("/record/" + SignSection22AgreementForm.NAME)
class SignSection22AgreementForm extends RecordingPage {

    static final String NAME = "sign-section22-agreement";
    /** Where the command path's names for this form's own fields are typed. */
    private static final Map<String, String> FIELDS = Map.of("agreementId", "agreement", "party", "party", "signatory", "signatory");

    private final AgreementRegister agreements;
    private final ReadModels readModels;

    SignSection22AgreementForm(AgreementRegister agreements, ReadModels readModels, FormRecording forms) {
        super(forms, NAME, "Record a signature of a Section 22A agreement", "Section 22A agreements");
        this.agreements = agreements;
        this.readModels = readModels;
    }

    /** @param party {@code force-office}, as the API reads a corporation sole in either case (lower case keeps codes off the pages) */
    record Answers(String agreement, String party, String signatory) {
    }

    @GetMapping
    String form(Answers chosen, Model model) {
        freshDecision(model);
        return show(chosen, model);
    }

    @PostMapping
    ModelAndView record(Answers answers, DecisionAnswers decision, Principal recorder, Model model) {
        return submit(decision, FIELDS, command -> {
            DecisionAnswers.putGiven(command, "agreementId", answers.agreement());
            DecisionAnswers.putGiven(command, "party", answers.party());
            DecisionAnswers.putGiven(command, "signatory", answers.signatory());
        }, () -> summary(answers), recorder, model, () -> show(answers, model));
    }

    /** The agreement by its title and the party by its office, as the form's lists name them. */
    private List<CheckedAnswer> summary(Answers answers) {
        List<AgreementRow> awaiting = awaiting();
        return List.of(
                CheckedAnswer.of("Agreement", awaiting.stream().filter(row -> row.agreementId().equals(answers.agreement()))
                        .map(AgreementRow::title).findFirst().orElse(answers.agreement()), "agreement", ""),
                CheckedAnswer.of("Party", awaiting.stream().flatMap(row -> row.unsignedParties().stream())
                        .filter(party -> (party.force() + "-" + party.office()).equalsIgnoreCase(answers.party()))
                        .map(Plain::words).findFirst().orElse(answers.party()), "party", ""),
                CheckedAnswer.of("Signed by", answers.signatory(), "signatory", "Not named in the source"));
    }

    private List<AgreementRow> awaiting() {
        return agreements.agreements(readModels.readAt(new PointInTimeParams(null, null))).stream()
                .filter(row -> !"terminated".equals(row.status()) && !row.unsignedParties().isEmpty()).toList();
    }

    /** The agreements still awaiting a signature, and the parties yet to sign the chosen one (or any of them). */
    private String show(Answers answers, Model model) {
        List<AgreementRow> awaiting = awaiting();
        List<CorporationSole> chosenParties = awaiting.stream().filter(row -> row.agreementId().equals(answers.agreement()))
                .flatMap(row -> row.unsignedParties().stream()).toList();
        List<CorporationSole> parties = chosenParties.isEmpty()
                ? awaiting.stream().flatMap(row -> row.unsignedParties().stream()).distinct().toList() : chosenParties;
        model.addAttribute("answers", answers);
        model.addAttribute("agreements", awaiting);
        model.addAttribute("parties", parties);
        return "record-" + NAME;
    }
}
