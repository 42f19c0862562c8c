package org.allianceledger.agreement;

import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The agreements with each signature, as a page. */
@Page
class AgreementsPage {

    private final AsOfControl asOfControl;
    private final AgreementRegister agreements;
    private final FunctionRegister functions;

    AgreementsPage(AsOfControl asOfControl, AgreementRegister agreements, FunctionRegister functions) {
        this.asOfControl = asOfControl;
        this.agreements = agreements;
        this.functions = functions;
    }

    @GetMapping("/agreements")
    String agreements(PointInTimeParams params, Model model) {
        PointInTime at = asOfControl.read(params, model);
        model.addAttribute("agreements", agreements.agreements(at));
        model.addAttribute("functionNames", functions.names(at));
        return "agreements";
    }
}
