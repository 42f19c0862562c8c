package org.allianceledger.disagreement;

import static org.allianceledger.disagreement.DisagreementSamples.ID;
import static org.allianceledger.disagreement.DisagreementSamples.RESOLUTION;
import static org.allianceledger.disagreement.DisagreementSamples.STATEMENTS;
import static org.allianceledger.disagreement.DisagreementSamples.TOPIC;
import static org.allianceledger.disagreement.DisagreementSamples.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;

import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisagreementRegisterTest {

    DisagreementRegister register;
    ProjectionHarness harness;

    @BeforeEach
    void freshRegister() {
        register = new DisagreementRegister();
        harness = new ProjectionHarness(register);
    }

    @Test
    void aDisagreementShowsEveryStatementWithItsCitationFromTheLaterDocumentsDate() {
        harness.record(new DisagreementRecorded(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")));

        List<DisagreementRow> rows = register.disagreements(harness.asOf("2019-04-30"));

        assertThat(rows).containsExactly(new DisagreementRow(ID, TOPIC, STATEMENTS, RESOLUTION,
                PartialDate.parse("2018-07-19"), "the date of the later document"));
        assertThat(rows.get(0).statements()).extracting(statement -> statement.source().document(),
                        statement -> statement.source().date(), Statement::says)
                .containsExactly(
                        tuple("BCH press release, Dec 2015", PartialDate.parse("2015-12"), "Approved in 2015"),
                        tuple("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "Approved in May 2016"));
        assertThat(register.disagreements(harness.asOf("2018-07-18"))).as("before the later document").isEmpty();
    }

    @Test
    void disagreementsAreListedInDateOrderAndAsTheRecordStoodWhenAsked() {
        List<Statement> undatedAgainstReview = List.of(
                new Statement(new SourceRef("Concerto case study", null, "Introduction", "a nascent programme"),
                        "The programme was nascent"),
                new Statement(new SourceRef("CE Strategic Alliance Review, Apr 2019", PartialDate.parse("2019-04"), "§3.10",
                        "commissioned Concerto in December 2016"), "Concerto was commissioned in December 2016"));
        Instant beforeTheSecond = harness.record(new DisagreementRecorded("concerto-engagement-date",
                "Which engagement the Concerto case study describes", undatedAgainstReview, null, reported("2019-04")));
        harness.record(new DisagreementRecorded(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")));

        assertThat(register.disagreements(harness.asOf("2019-06-30"))).extracting(DisagreementRow::disagreementId)
                .containsExactly(ID, "concerto-engagement-date");
        assertThat(register.disagreements(ProjectionHarness.at("2019-06-30", beforeTheSecond)))
                .extracting(DisagreementRow::disagreementId).containsExactly("concerto-engagement-date");
        assertThat(register.disagreements(harness.asOf("2019-06-30")).get(1).resolution()).isNull();
    }
}
