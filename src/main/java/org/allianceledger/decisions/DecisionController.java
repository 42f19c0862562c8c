package org.allianceledger.decisions;

import java.util.List;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.web.Csv;
import org.allianceledger.web.RecordTable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/decisions")
@Tag(name = "decisions", description = "The governance history: who decided what, when, where and on what evidence")
class DecisionController {

    private final ReadModels readModels;
    private final DecisionRegister register;

    DecisionController(ReadModels readModels, DecisionRegister register) {
        this.readModels = readModels;
        this.register = register;
    }

    @Operation(summary = "The decision register", description = "One row per decision, in the order the decisions were taken.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<DecisionRow> decisions(@ParameterObject PointInTimeParams at, @ParameterObject DecisionFilter filter) {
        return register.decisions(readModels.readAt(at), filter);
    }

    @Operation(summary = "The decision register as CSV")
    @GetMapping(produces = Csv.MEDIA_TYPE)
    String decisionsAsCsv(@ParameterObject PointInTimeParams at, @ParameterObject DecisionFilter filter) {
        return RecordTable.of(DecisionRow.class, decisions(at, filter)).csv();
    }
}
