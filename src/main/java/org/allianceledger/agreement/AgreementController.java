package org.allianceledger.agreement;

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

/** The register of Section 22A agreements: what each was on a date. */
@RestController
@RequestMapping("/api/agreements")
@Tag(name = "agreements", description = "Section 22A agreements between the corporations sole")
class AgreementController {

    private final ReadModels readModels;
    private final AgreementRegister register;

    AgreementController(ReadModels readModels, AgreementRegister register) {
        this.readModels = readModels;
        this.register = register;
    }

    @Operation(summary = "Section 22A agreements: parties, each signature, in force from")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<AgreementRow> agreements(@ParameterObject PointInTimeParams at) {
        return register.agreements(readModels.readAt(at));
    }
}
