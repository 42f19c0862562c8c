package org.allianceledger.businesscase;

import java.util.List;
import java.util.stream.Collectors;

import org.allianceledger.function.FunctionRegister;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The business cases with their versions, as a page. */
@Page
class BusinessCasesPage {

    private final AsOfControl asOfControl;
    private final BusinessCaseRegister businessCases;
    private final FunctionRegister functions;

    BusinessCasesPage(AsOfControl asOfControl, BusinessCaseRegister businessCases, FunctionRegister functions) {
        this.asOfControl = asOfControl;
        this.businessCases = businessCases;
        this.functions = functions;
    }

    @GetMapping("/business-cases")
    String businessCases(PointInTimeParams params, Model model) {
        PointInTime at = asOfControl.read(params, model);
        List<BusinessCaseRow> cases = businessCases.businessCases(at);
        model.addAttribute("businessCases", cases);
        model.addAttribute("caseTitles", cases.stream().collect(Collectors.toMap(BusinessCaseRow::caseId, BusinessCaseRow::title)));
        model.addAttribute("functionNames", functions.names(at));
        return "business-cases";
    }
}
