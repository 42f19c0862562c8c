package org.allianceledger.function;

import java.security.Principal;

import org.allianceledger.command.CommandDispatcher;
import org.allianceledger.command.CommandOutcome;
import org.allianceledger.function.CollaboratedFunctionCommand.ChangeFunctionLeadership;
import org.allianceledger.function.CollaboratedFunctionCommand.DecideNotToProceed;
import org.allianceledger.function.CollaboratedFunctionCommand.DeferCollaboration;
import org.allianceledger.function.CollaboratedFunctionCommand.MoveToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionCommand.ProposeCollaboratedFunction;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordGoLive;
import org.allianceledger.function.CollaboratedFunctionCommand.ResumeCollaboration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/commands")
class FunctionCommandController {

    private final CommandDispatcher commands;

    FunctionCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping("/propose-collaborated-function")
    CommandOutcome propose(@RequestBody ProposeCollaboratedFunction command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/change-function-leadership")
    CommandOutcome changeLeadership(@RequestBody ChangeFunctionLeadership command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/record-go-live")
    CommandOutcome goLive(@RequestBody RecordGoLive command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/defer-collaboration")
    CommandOutcome defer(@RequestBody DeferCollaboration command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/resume-collaboration")
    CommandOutcome resume(@RequestBody ResumeCollaboration command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/decide-not-to-proceed")
    CommandOutcome notProceed(@RequestBody DecideNotToProceed command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }

    @PostMapping("/move-to-business-as-usual")
    CommandOutcome businessAsUsual(@RequestBody MoveToBusinessAsUsual command, Principal recorder) {
        return commands.dispatch(command, recorder);
    }
}
