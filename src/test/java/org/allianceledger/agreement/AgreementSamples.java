package org.allianceledger.agreement;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;
import java.util.Map;

import org.allianceledger.agreement.Section22AgreementCommand.AmendSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.DraftSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.SignSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TableSection22Agreement;
import org.allianceledger.agreement.Section22AgreementCommand.TerminateSection22Agreement;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementAmended;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementCameIntoForce;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementDrafted;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementSigned;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTabled;
import org.allianceledger.agreement.Section22AgreementEvent.Section22AgreementTerminated;
import org.allianceledger.alliance.CorporationSole;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.command.FeatureSamples;

public class AgreementSamples implements FeatureSamples {

    private static final CorporationSole HER_CC = CorporationSole.parse("HER-CC");

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of(
                "/api/commands/draft-section22-agreement", new DraftSection22Agreement("s22-hr", "human-resources",
                        "Human Resources Section 22A agreement", CorporationSole.bchSix(), null, on("2015-09")),
                "/api/commands/table-section22-agreement", new TableSection22Agreement("s22-hr", on("2015-10")),
                "/api/commands/sign-section22-agreement", new SignSection22Agreement("s22-hr", HER_CC, null, on("2015-12")),
                "/api/commands/amend-section22-agreement", new AmendSection22Agreement("s22-hr", "budgets pooled", List.of(), on("2016")),
                "/api/commands/terminate-section22-agreement", new TerminateSection22Agreement("s22-hr", on("2019")));
    }

    @Override
    public List<Object> events() {
        return List.of(
                new Section22AgreementDrafted("s22-hr", "human-resources", "HR", CorporationSole.bchSix(), "HR and L&D", on("2015-09")),
                new Section22AgreementTabled("s22-hr", on("2015-10")),
                new Section22AgreementSigned("s22-hr", HER_CC, "Chief Constable", on("2015-12")),
                new Section22AgreementCameIntoForce("s22-hr", PartialDate.month(2015, 12), on("2015-12")),
                new Section22AgreementAmended("s22-hr", "budgets pooled", List.of(CorporationSole.parse("NOR-CC")), on("2016")),
                new Section22AgreementTerminated("s22-hr", on("2019")));
    }
}
