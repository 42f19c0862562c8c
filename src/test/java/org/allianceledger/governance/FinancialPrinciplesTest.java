package org.allianceledger.governance;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.governance.FinancialPrinciplesCommand.AgreeFinancialPrinciples;
import org.allianceledger.governance.FinancialPrinciplesCommand.Principle;
import org.allianceledger.governance.FinancialPrinciplesCommand.RecordPrincipleImplementation;
import org.allianceledger.governance.FinancialPrinciplesEvent.FinancialPrinciplesAgreed;
import org.allianceledger.governance.FinancialPrinciplesEvent.PrincipleImplementationRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FinancialPrinciplesTest {

    private static final String ID = "bch-financial-principles-2015";
    private static final List<Principle> FIVE = List.of(
            new Principle(1, "NRE will be interim default for business cases, unless demand data is robust"),
            new Principle(2, "No Loser principle to be applied where applicable"),
            new Principle(3, "Will move to rolling demand as basis of apportionment (with a fixed base element, where practical), when data is robust"),
            new Principle(4, "Implementation costs will be apportioned on NRE"),
            new Principle(5, "Budgets will be pooled as soon as possible after the signing of s22A"));

    private FixtureConfiguration<FinancialPrinciples> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(FinancialPrinciples.class);
    }

    private static final FinancialPrinciplesAgreed AGREED = new FinancialPrinciplesAgreed(ID, "Future Financial Principles", FIVE, on("2015-06"));

    @Test
    void agreeingRecordsEveryPrinciple() {
        fixture.givenNoPriorActivity()
                .when(new AgreeFinancialPrinciples(ID, "Future Financial Principles", FIVE, on("2015-06")))
                .expectEvents(AGREED);
    }

    @Test
    void principlesAreNumberedOnceAndThereIsAtLeastOne() {
        assertThatThrownBy(() -> new AgreeFinancialPrinciples(ID, "t", List.of(), on("2015-06")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreeFinancialPrinciples(ID, "t", List.of(new Principle(1, "a"), new Principle(1, "b")), on("2015-06")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrinciplesImplementationIsRecordedFromWhereItStood() {
        fixture.given(AGREED)
                .when(new RecordPrincipleImplementation(ID, 5, PrincipleImplementation.NOT_ACTIONED,
                        "no action plan or resources defined", on("2019-04")))
                .expectEvents(new PrincipleImplementationRecorded(ID, 5, PrincipleImplementation.NOT_STARTED,
                        PrincipleImplementation.NOT_ACTIONED, "no action plan or resources defined", on("2019-04")));
    }

    @Test
    void anUnknownPrincipleIsRejected() {
        fixture.given(AGREED)
                .when(new RecordPrincipleImplementation(ID, 6, PrincipleImplementation.IMPLEMENTED, null, on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void recordingTheSameStatusAgainIsRejected() {
        fixture.given(AGREED)
                .when(new RecordPrincipleImplementation(ID, 1, PrincipleImplementation.NOT_STARTED, null, on("2019")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
