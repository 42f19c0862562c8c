package org.allianceledger.disagreement;

import java.util.List;
import java.util.Map;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.command.FeatureSamples;
import org.allianceledger.disagreement.DisagreementCommand.RecordDisagreement;
import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;

public class DisagreementSamples implements FeatureSamples {

    static final String ID = "imd-business-case-date";
    static final String TOPIC = "When the Information Management business case was approved";
    static final String RESOLUTION = "Both kept; the approval is recorded as the BCB report dates it.";

    /** The press release and the BCB report on the year the IMD business case was approved. */
    static final List<Statement> STATEMENTS = List.of(
            new Statement(new SourceRef("BCH press release, Dec 2015", PartialDate.parse("2015-12"), "¶6",
                    "following the approval in 2015 of business cases for Criminal Justice, Custody, ICT, "
                            + "Information Management and Public Contact"), "Approved in 2015"),
            new Statement(new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.1, §6.3",
                    "Information Management Department (IMD) (May 16)"), "Approved in May 2016"));

    /** As a recorder gives a disagreement: reported, nobody named, dated by the later document. */
    static DecisionContext reported(String date) {
        return new DecisionContext(PartialDate.parse(date), null, List.of(), null,
                new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.1, §6.3",
                        "with the exception of the Information Management Department that was in 2016"),
                "the date of the later document", Nature.REPORTED);
    }

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of("/api/commands/record-disagreement",
                new RecordDisagreement(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")));
    }

    @Override
    public List<Object> events() {
        return List.of(new DisagreementRecorded(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")));
    }
}
