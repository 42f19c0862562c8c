package org.allianceledger.readmodel;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin")
class ReplayController {

    private final ReadModels readModels;

    ReplayController(ReadModels readModels) {
        this.readModels = readModels;
    }

    @Operation(summary = "Rebuild every read model from the event store",
            description = "Empties the read models and replays every stored event into them; answers when they have caught up.")
    @PostMapping("/replay")
    ReadModels.Replay replay() {
        return readModels.replay();
    }
}
