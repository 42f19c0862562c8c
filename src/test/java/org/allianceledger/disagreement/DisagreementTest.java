package org.allianceledger.disagreement;

import static org.allianceledger.alliance.Decisions.on;
import static org.allianceledger.disagreement.DisagreementSamples.ID;
import static org.allianceledger.disagreement.DisagreementSamples.RESOLUTION;
import static org.allianceledger.disagreement.DisagreementSamples.STATEMENTS;
import static org.allianceledger.disagreement.DisagreementSamples.TOPIC;
import static org.allianceledger.disagreement.DisagreementSamples.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.disagreement.DisagreementCommand.RecordDisagreement;
import org.allianceledger.disagreement.DisagreementEvent.DisagreementRecorded;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DisagreementTest {

    private FixtureConfiguration<Disagreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(Disagreement.class);
    }

    private static RecordDisagreement record(String date) {
        return new RecordDisagreement(ID, TOPIC, STATEMENTS, RESOLUTION, reported(date));
    }

    @Test
    void aDisagreementIsRecordedWithEveryStatement() {
        fixture.givenNoPriorActivity()
                .when(record("2018-07-19"))
                .expectEvents(new DisagreementRecorded(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")));
    }

    @Test
    void aDisagreementSetsAtLeastTwoStatementsSideBySide() {
        assertThatThrownBy(() -> new RecordDisagreement(ID, TOPIC, STATEMENTS.subList(0, 1), null, reported("2018-07-19")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two statements");
        assertThatThrownBy(() -> new RecordDisagreement(ID, TOPIC, List.of(STATEMENTS.get(0), STATEMENTS.get(0)), null,
                reported("2018-07-19"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void everyStatementQuotesItsSource() {
        SourceRef unquoted = new SourceRef("BCB report, 19 Jul 2018", PartialDate.parse("2018-07-19"), "§6.1");

        var statements = List.of(STATEMENTS.get(0), new Statement(unquoted, "Approved in May 2016"));

        assertThatThrownBy(() -> new RecordDisagreement(ID, TOPIC, statements, null, reported("2018-07-19")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e).hasMessage("statements[1].source.quote is required"));
    }

    @Test
    void theTopicIsRequired() {
        assertThatThrownBy(() -> new RecordDisagreement(ID, " ", STATEMENTS, null, reported("2018-07-19")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topic");
    }

    /** The fixture's store refuses the second stream start; the ledger's raises AggregateStreamCreationException, a 409. */
    @Test
    void aDisagreementIsRecordedOnce() {
        fixture.given(new DisagreementRecorded(ID, TOPIC, STATEMENTS, RESOLUTION, reported("2018-07-19")))
                .when(record("2018-07-19"))
                .expectException(EventStoreException.class)
                .expectNoEvents();
    }

    @Test
    void nobodyDecidesADisagreement() {
        fixture.givenNoPriorActivity()
                .when(new RecordDisagreement(ID, TOPIC, STATEMENTS, RESOLUTION, on("2018-07-19")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDisagreementIsNotDatedBeforeItsLaterDocument() {
        fixture.givenNoPriorActivity()
                .when(record("2016"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("A disagreement dated 2016 precedes the later of its documents, dated 2018-07-19")
                .expectNoEvents();
    }
}
