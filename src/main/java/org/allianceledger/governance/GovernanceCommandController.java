package org.allianceledger.governance;

import java.security.Principal;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.DisbandGovernanceBody;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class GovernanceCommandController {

    private final CommandDispatcher commands;

    GovernanceCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/establish-governance-body")
    CommandOutcome establish(@RequestBody EstablishGovernanceBody command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/change-governance-body-terms")
    CommandOutcome changeTerms(@RequestBody ChangeGovernanceBodyTerms command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/disband-governance-body")
    CommandOutcome disband(@RequestBody DisbandGovernanceBody command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
