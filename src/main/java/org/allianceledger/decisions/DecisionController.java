package org.allianceledger.decisions;

import java.util.List;

import org.allianceledger.readmodel.PointInTimeParams;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.web.Csv;
import org.allianceledger.web.RecordTable;
import org.springdoc.core.annotations.ParameterObject;
import org.allianceledger.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/decisions")
@Tag(name = "decisions", description = "The governance history: who decided what, when, where and on what evidence")
class DecisionController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final ReadModels readModels;
    private final DecisionRegister register;
    private final Paging paging;

    DecisionController(ReadModels readModels, DecisionRegister register, Paging paging) {
        this.readModels = readModels;
        this.register = register;
        this.paging = paging;
    }

    @Operation(summary = "The decision register", description = "One row per decision, in the order the decisions were "
            + "taken; a page of them from offset, and the number matching in the X-Total-Count header.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<DecisionRow>> decisions(@ParameterObject PointInTimeParams at, @ParameterObject DecisionFilter filter,
                                                @RequestParam(required = false) Long offset,
                                                @RequestParam(required = false) Integer limit) {
        DecisionRegister.Slice slice = register.slice(readModels.readAt(at), filter, paging.offset(offset), paging.limit(limit));
        return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(slice.total())).body(slice.rows());
    }

    @Operation(summary = "The decision register as CSV")
    @GetMapping(produces = Csv.MEDIA_TYPE)
    ResponseEntity<String> decisionsAsCsv(@ParameterObject PointInTimeParams at, @ParameterObject DecisionFilter filter,
                                          @RequestParam(required = false) Long offset,
                                          @RequestParam(required = false) Integer limit) {
        ResponseEntity<List<DecisionRow>> page = decisions(at, filter, offset, limit);
        return ResponseEntity.ok().headers(page.getHeaders()).body(RecordTable.of(DecisionRow.class, page.getBody()).csv());
    }
}
