package org.allianceledger.businesscase;

import java.security.Principal;

import org.allianceledger.businesscase.BusinessCaseCommand.ApproveBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.ChangeBusinessCaseOption;
import org.allianceledger.businesscase.BusinessCaseCommand.SupersedeBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.WithdrawBusinessCase;
import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class BusinessCaseCommandController {

    private final CommandDispatcher commands;

    BusinessCaseCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/approve-business-case")
    CommandOutcome approve(@RequestBody ApproveBusinessCase command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/change-business-case-option")
    CommandOutcome changeOption(@RequestBody ChangeBusinessCaseOption command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/supersede-business-case")
    CommandOutcome supersede(@RequestBody SupersedeBusinessCase command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/withdraw-business-case")
    CommandOutcome withdraw(@RequestBody WithdrawBusinessCase command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
