package org.allianceledger.function;

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

/** The register of collaborated functions: what each was on a date. */
@RestController
@RequestMapping("/api/functions")
@Tag(name = "functions", description = "The functions the forces collaborate on")
class FunctionController {

    private final ReadModels readModels;
    private final FunctionRegister register;

    FunctionController(ReadModels readModels, FunctionRegister register) {
        this.readModels = readModels;
        this.register = register;
    }

    @Operation(summary = "Collaborated functions: lifecycle state, lead force, go-lives")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<FunctionRow> functions(@ParameterObject PointInTimeParams at) {
        return register.functions(readModels.readAt(at));
    }
}
