package org.allianceledger.web;

import java.util.List;

import org.allianceledger.agreement.AgreementRegister;
import org.allianceledger.agreement.AgreementRow;
import org.allianceledger.businesscase.BusinessCaseRegister;
import org.allianceledger.businesscase.BusinessCaseRow;
import org.allianceledger.function.FunctionRegister;
import org.allianceledger.function.FunctionRow;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The three registers: what each agreement, business case and function was on a date. */
@RestController
@RequestMapping("/api")
@Tag(name = "registers", description = "Section 22A agreements, business cases and collaborated functions")
class RegisterController {

    private final ReadModels readModels;
    private final AgreementRegister agreements;
    private final BusinessCaseRegister businessCases;
    private final FunctionRegister functions;

    RegisterController(ReadModels readModels, AgreementRegister agreements, BusinessCaseRegister businessCases,
                       FunctionRegister functions) {
        this.readModels = readModels;
        this.agreements = agreements;
        this.businessCases = businessCases;
        this.functions = functions;
    }

    @Operation(summary = "Section 22A agreements: parties, each signature, in force from")
    @GetMapping(path = "/agreements", produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<AgreementRow> agreements(@ParameterObject PointInTimeParams at) {
        return agreements.agreements(readModels.readAt(at));
    }

    @Operation(summary = "Business cases: versions, forecasts, standing")
    @GetMapping(path = "/business-cases", produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<BusinessCaseRow> businessCases(@ParameterObject PointInTimeParams at) {
        return businessCases.businessCases(readModels.readAt(at));
    }

    @Operation(summary = "Collaborated functions: lifecycle state, lead force, go-lives")
    @GetMapping(path = "/functions", produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<FunctionRow> functions(@ParameterObject PointInTimeParams at) {
        return functions.functions(readModels.readAt(at));
    }
}
