package org.allianceledger.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceledger.agreement.AgreementRegister;
import org.allianceledger.businesscase.BusinessCaseRegister;
import org.allianceledger.businesscase.BusinessCaseRow;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.function.FunctionRow;
import org.allianceledger.readmodel.PointInTime;
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
        PointInTime at = asOfControl.read(params, model);
        model.addAttribute("agreements", agreements.agreements(at));
        model.addAttribute("functionNames", functionNames(at));
        return "agreements";
    }

    @GetMapping("/business-cases")
    String businessCases(PointInTimeParams params, Model model) {
        PointInTime at = asOfControl.read(params, model);
        List<BusinessCaseRow> cases = businessCases.businessCases(at);
        model.addAttribute("businessCases", cases);
        model.addAttribute("caseTitles", cases.stream().collect(Collectors.toMap(BusinessCaseRow::caseId, BusinessCaseRow::title)));
        model.addAttribute("functionNames", functionNames(at));
        return "business-cases";
    }

    /** Agreements and cases name their function by id: the page shows the name the function register holds. */
    private Map<String, String> functionNames(PointInTime at) {
        return functions.functions(at).stream().collect(Collectors.toMap(FunctionRow::functionId, FunctionRow::name));
    }

    @GetMapping("/functions")
    String functions(PointInTimeParams params, Model model) {
        model.addAttribute("functions", functions.functions(asOfControl.read(params, model)));
        return "functions";
    }
}
