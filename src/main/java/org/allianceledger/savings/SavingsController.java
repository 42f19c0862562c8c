package org.allianceledger.savings;

import org.allianceledger.alliance.Force;
import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.web.Csv;
import org.allianceledger.web.RecordTable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/savings")
@Tag(name = "savings", description = "Forecasts, actual budget reductions and change-team costs, never netted")
class SavingsController {

    private final ReadModels readModels;
    private final SavingsRegister savings;

    SavingsController(ReadModels readModels, SavingsRegister savings) {
        this.readModels = readModels;
        this.savings = savings;
    }

    @Operation(summary = "Savings timelines", description = "Per function, force and fiscal year: forecast, actual, cumulative and variance; change-team costs alongside; "
            + "one force's recurrent reductions laid out as the BCB report's §5.2 table (Cambridgeshire unless force is given), "
            + "and each printed total beside the total of the recorded line items.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    SavingsTimeline savings(@ParameterObject PointInTimeParams at,
                            @Parameter(description = "Only this force", example = "CAM") @RequestParam(required = false) Force force,
                            @Parameter(description = "Only this function", example = "custody") @RequestParam(required = false) String function) {
        return savings.timeline(readModels.readAt(at), force, function);
    }

    @Operation(summary = "Savings rows (function, force, fiscal year) as CSV")
    @GetMapping(produces = Csv.MEDIA_TYPE)
    String savingsAsCsv(@ParameterObject PointInTimeParams at, @RequestParam(required = false) Force force,
                        @RequestParam(required = false) String function) {
        return RecordTable.of(SavingsTimeline.Row.class, savings(at, force, function).rows()).csv();
    }
}
