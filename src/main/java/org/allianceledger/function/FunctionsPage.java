package org.allianceledger.function;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.web.AsOfControl;
import org.allianceledger.web.Page;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The functions with their lifecycle, as a page. */
@Page
class FunctionsPage {

    private final AsOfControl asOfControl;
    private final FunctionRegister functions;

    FunctionsPage(AsOfControl asOfControl, FunctionRegister functions) {
        this.asOfControl = asOfControl;
        this.functions = functions;
    }

    @GetMapping("/functions")
    String functions(PointInTimeParams params, Model model) {
        model.addAttribute("functions", functions.functions(asOfControl.read(params, model)));
        return "functions";
    }
}
