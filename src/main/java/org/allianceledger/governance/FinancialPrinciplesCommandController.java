package org.allianceledger.governance;

import java.security.Principal;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.governance.FinancialPrinciplesCommand.AgreeFinancialPrinciples;
import org.allianceledger.governance.FinancialPrinciplesCommand.RecordPrincipleImplementation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class FinancialPrinciplesCommandController {

    private final CommandDispatcher commands;

    FinancialPrinciplesCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/agree-financial-principles")
    CommandOutcome agree(@RequestBody AgreeFinancialPrinciples command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/record-principle-implementation")
    CommandOutcome implementation(@RequestBody RecordPrincipleImplementation command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
