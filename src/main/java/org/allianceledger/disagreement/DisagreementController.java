package org.allianceledger.disagreement;

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

@RestController
@RequestMapping("/api/disagreements")
@Tag(name = "disagreements", description = "Where the sources disagree: every statement kept, each with its citation")
class DisagreementController {

    private final ReadModels readModels;
    private final DisagreementRegister register;

    DisagreementController(ReadModels readModels, DisagreementRegister register) {
        this.readModels = readModels;
        this.register = register;
    }

    @Operation(summary = "Disagreements between sources", description = "One row per disagreement: the topic, each "
            + "source's statement with its document, date, paragraph and words, and how the record treats it.")
    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, Csv.MEDIA_TYPE})
    List<DisagreementRow> disagreements(@ParameterObject PointInTimeParams at) {
        return register.disagreements(readModels.readAt(at));
    }
}
