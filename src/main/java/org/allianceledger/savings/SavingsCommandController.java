package org.allianceledger.savings;

import java.security.Principal;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.savings.SavingsLedgerCommand.CorrectSavingsEntry;
import org.allianceledger.savings.SavingsLedgerCommand.OpenSavingsLedger;
import org.allianceledger.savings.SavingsLedgerCommand.RecordBudgetReduction;
import org.allianceledger.savings.SavingsLedgerCommand.RecordChangeTeamCost;
import org.allianceledger.savings.SavingsLedgerCommand.TakeForecastFromBusinessCase;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class SavingsCommandController {

    private final CommandDispatcher commands;

    SavingsCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/open-savings-ledger")
    CommandOutcome open(@RequestBody OpenSavingsLedger command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/record-budget-reduction")
    CommandOutcome reduction(@RequestBody RecordBudgetReduction command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/record-change-team-cost")
    CommandOutcome cost(@RequestBody RecordChangeTeamCost command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/take-forecast-from-business-case")
    CommandOutcome forecast(@RequestBody TakeForecastFromBusinessCase command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/correct-savings-entry")
    CommandOutcome correct(@RequestBody CorrectSavingsEntry command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
