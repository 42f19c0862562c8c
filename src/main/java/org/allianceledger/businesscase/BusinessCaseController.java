package org.allianceledger.businesscase;

import java.util.List;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.web.Csv;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The register of business cases: what each was on a date. */
@RestController
@RequestMapping("/api/business-cases")
@Tag(name = "business-cases", description = "Business cases for collaboration, version by version")
class BusinessCaseController {

    private final ReadModels readModels;
    private final BusinessCaseRegister register;

    BusinessCaseController(ReadModels readModels, BusinessCaseRegister register) {
        this.readModels = readModels;
        this.register = register;
    }

    @Operation(summary = "Business cases: versions, forecasts, standing")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<BusinessCaseRow> businessCases(@ParameterObject PointInTimeParams at) {
        return register.businessCases(readModels.readAt(at));
    }
}
