package org.allianceledger.governance;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.command.FeatureSamples;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.DisbandGovernanceBody;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyDisbanded;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;

public class GovernanceSamples implements FeatureSamples {

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/establish-governance-body",
                new EstablishGovernanceBody("jcob", "Joint Chief Officer Board", List.of("Chief Constables"),
                        null, "monthly", null, on("2016")),
                "/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms("jcob", null, null, "quarterly", null, on("2017")),
                "/api/commands/disband-governance-body",
                new DisbandGovernanceBody("jcob", on("2018")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new GovernanceBodyEstablished("sas", "Strategic Alliance Summit", List.of("PCCs", "Chief Constables"),
                        "PCC Bedfordshire", "quarterly", "oversight", on("2013")),
                new GovernanceBodyTermsChanged("sas", null, null, "quarterly", null, on("2019-04")),
                new GovernanceBodyDisbanded("sas", on("2017")));
    }
}
