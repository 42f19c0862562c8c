package org.allianceledger.disagreement;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Csv;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each disagreement between sources with its statements side by side, each cited and quoted. */
@Page
class DisagreementsPage {

    private final AsOfControl asOfControl;
    private final DisagreementRegister register;

    DisagreementsPage(AsOfControl asOfControl, DisagreementRegister register) {
        this.asOfControl = asOfControl;
        this.register = register;
    }

    @GetMapping("/disagreements")
    String disagreements(PointInTimeParams params, Model model) {
        model.addAttribute("disagreements", register.disagreements(asOfControl.read(params, model)));
        model.addAttribute("csvLink", Csv.downloadLink("/api/disagreements"));
        return "disagreements";
    }
}
