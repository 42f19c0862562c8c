package org.allianceledger.governance;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.command.FeatureSamples;
import org.allianceledger.governance.FinancialPrinciplesCommand.AgreeFinancialPrinciples;
import org.allianceledger.governance.FinancialPrinciplesCommand.Principle;
import org.allianceledger.governance.FinancialPrinciplesCommand.RecordPrincipleImplementation;
import org.allianceledger.governance.FinancialPrinciplesEvent.FinancialPrinciplesAgreed;
import org.allianceledger.governance.FinancialPrinciplesEvent.PrincipleImplementationRecorded;
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
                new DisbandGovernanceBody("jcob", on("2018")),
                "/api/commands/agree-financial-principles",
                new AgreeFinancialPrinciples("principles-2015", "Future Financial Principles",
                        List.of(new Principle(1, "NRE will be interim default")), on("2015-06")),
                "/api/commands/record-principle-implementation",
                new RecordPrincipleImplementation("principles-2015", 1, PrincipleImplementation.CODIFIED, null, on("2016")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new GovernanceBodyEstablished("sas", "Strategic Alliance Summit", List.of("PCCs", "Chief Constables"),
                        "PCC Bedfordshire", "quarterly", "oversight", on("2013")),
                new GovernanceBodyTermsChanged("sas", null, null, "quarterly", null, on("2019-04")),
                new GovernanceBodyDisbanded("sas", on("2017")),
                new FinancialPrinciplesAgreed("principles-2015", "Future Financial Principles",
                        List.of(new Principle(1, "NRE will be interim default")), on("2015-06")),
                new PrincipleImplementationRecorded("principles-2015", 1, PrincipleImplementation.NOT_STARTED,
                        PrincipleImplementation.CODIFIED, "codified in subsequent section 22s", on("2016")));
    }
}
