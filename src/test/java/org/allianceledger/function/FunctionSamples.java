package org.allianceledger.function;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.allianceledger.command.FeatureSamples;
import org.allianceledger.function.CollaboratedFunctionCommand.ChangeFunctionLeadership;
import org.allianceledger.function.CollaboratedFunctionCommand.DecideNotToProceed;
import org.allianceledger.function.CollaboratedFunctionCommand.DeferCollaboration;
import org.allianceledger.function.CollaboratedFunctionCommand.MoveToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionCommand.ProposeCollaboratedFunction;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordAppointment;
import org.allianceledger.function.CollaboratedFunctionCommand.RecordGoLive;
import org.allianceledger.function.CollaboratedFunctionCommand.ResumeCollaboration;
import org.allianceledger.function.CollaboratedFunctionEvent.AppointmentRecorded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;

public class FunctionSamples implements FeatureSamples {

    private static final List<Force> BCH = List.of(Force.BED, Force.CAM, Force.HER);

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/propose-collaborated-function", new ProposeCollaboratedFunction("custody", "Custody",
                        Portfolio.OPERATIONAL_SUPPORT, Force.HER, BCH, null, on("2015-10")),
                "/api/commands/change-function-leadership", new ChangeFunctionLeadership("custody",
                        Portfolio.ORGANISATIONAL_SUPPORT, Force.HER, BCH, on("2018-07")),
                "/api/commands/record-go-live", new RecordGoLive("custody", null, "people structure", on("2017-03")),
                "/api/commands/record-appointment", new RecordAppointment("custody", "Head of BCH Custody",
                        "Chief Superintendent A N Other", on("2016-01")),
                "/api/commands/defer-collaboration", new DeferCollaboration("custody", "after Athena", null, on("2017")),
                "/api/commands/resume-collaboration", new ResumeCollaboration("custody", on("2018")),
                "/api/commands/decide-not-to-proceed", new DecideNotToProceed("custody", on("2018")),
                "/api/commands/move-to-business-as-usual", new MoveToBusinessAsUsual("custody", on("2018-03")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new CollaboratedFunctionProposed("ict", "ICT", Portfolio.ORGANISATIONAL_SUPPORT, Force.CAM, BCH, "convergence", on("2015-10")),
                new FunctionLeadershipChanged("ict", Portfolio.ORGANISATIONAL_SUPPORT, Force.CAM, BCH, on("2017")),
                new FunctionWentLive("criminal-justice", "phase 2", "Administration of Justice department", on("2017-06")),
                new AppointmentRecorded("public-contact", "Head of BCH Public Contact", "Chief Superintendent Jane Swinburne", on("2015-12")),
                new CollaborationDeferred("public-contact", "review post-delivery of Athena", PartialDate.month(2018, 9), on("2016-09")),
                new CollaborationResumed("public-contact", on("2018")),
                new CollaborationNotProceeded("public-contact", on("2018")),
                new FunctionMovedToBusinessAsUsual("information-management", on("2018")));
    }
}
