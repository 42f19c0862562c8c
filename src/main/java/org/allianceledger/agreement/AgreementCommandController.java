package org.allianceledger.agreement;

import java.security.Principal;

import org.allianceledger.agreement.Section22AgreementCommand.AmendSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.DraftSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.SignSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TableSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TerminateSection22Agreement;
import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class AgreementCommandController {

    private final CommandDispatcher commands;

    AgreementCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/draft-section22-agreement")
    CommandOutcome draft(@RequestBody DraftSection22Agreement command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/table-section22-agreement")
    CommandOutcome table(@RequestBody TableSection22Agreement command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/sign-section22-agreement")
    CommandOutcome sign(@RequestBody SignSection22Agreement command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/amend-section22-agreement")
    CommandOutcome amend(@RequestBody AmendSection22Agreement command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/terminate-section22-agreement")
    CommandOutcome terminate(@RequestBody TerminateSection22Agreement command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
