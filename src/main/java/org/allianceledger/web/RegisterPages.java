package org.allianceledger.web;

import org.allianceledger.agreement.AgreementRegister;
import org.allianceledger.businesscase.BusinessCaseRegister;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTimeParams;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The three registers as pages: agreements with each signature, business cases with their versions, functions with their lifecycle. */
@Page
class RegisterPages {

    private final AsOfControl asOfControl;
    private final AgreementRegister agreements;
    private final BusinessCaseRegister businessCases;
    private final FunctionRegister functions;

    RegisterPages(AsOfControl asOfControl, AgreementRegister agreements, BusinessCaseRegister businessCases,
                  FunctionRegister functions) {
        this.asOfControl = asOfControl;
        this.agreements = agreements;
        this.businessCases = businessCases;
        this.functions = functions;
    }

    @GetMapping("/agreements")
    String agreements(PointInTimeParams params, Model model) {
        model.addAttribute("agreements", agreements.agreements(asOfControl.read(params, model)));
        return "agreements";
    }

    @GetMapping("/business-cases")
    String businessCases(PointInTimeParams params, Model model) {
        model.addAttribute("businessCases", businessCases.businessCases(asOfControl.read(params, model)));
        return "business-cases";
    }

    @GetMapping("/functions")
    String functions(PointInTimeParams params, Model model) {
        model.addAttribute("functions", functions.functions(asOfControl.read(params, model)));
        return "functions";
    }
}
