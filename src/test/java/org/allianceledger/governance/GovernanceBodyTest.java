package org.allianceledger.governance;

import static org.allianceledger.alliance.Decisions.on;

import java.util.List;

import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.DisbandGovernanceBody;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyDisbanded;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GovernanceBodyTest {

    private static final List<String> SIX = List.of("PCC Bedfordshire", "PCC Cambridgeshire", "PCC Hertfordshire",
            "Chief Constable Bedfordshire", "Chief Constable Cambridgeshire", "Chief Constable Hertfordshire");

    private FixtureConfiguration<GovernanceBody> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(GovernanceBody.class);
    }

    private GovernanceBodyEstablished summitEstablished() {
        return new GovernanceBodyEstablished("sas", "Strategic Alliance Summit", SIX, null, null,
                "Joint Oversight Committee of the six Corporations Sole", on("2013"));
    }

    @Test
    void establishingABodyRecordsItsMembersAndRemit() {
        fixture.givenNoPriorActivity()
                .when(new EstablishGovernanceBody("sas", "Strategic Alliance Summit", SIX, null, null,
                        "Joint Oversight Committee of the six Corporations Sole", on("2013")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(summitEstablished());
    }

    @Test
    void changingTermsRecordsOnlyWhatChanged() {
        fixture.given(summitEstablished())
                .when(new ChangeGovernanceBodyTerms("sas", null, null, "quarterly", null, on("2019-04")))
                .expectEvents(new GovernanceBodyTermsChanged("sas", null, null, "quarterly", null, on("2019-04")));
    }

    @Test
    void disbandingABodyEndsIt() {
        fixture.given(summitEstablished())
                .when(new DisbandGovernanceBody("sas", on("2017")))
                .expectEvents(new GovernanceBodyDisbanded("sas", on("2017")));
    }

    @Test
    void aDisbandedBodyCannotChangeItsTerms() {
        fixture.given(summitEstablished(), new GovernanceBodyDisbanded("sas", on("2017")))
                .when(new ChangeGovernanceBodyTerms("sas", null, null, "monthly", null, on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDisbandedBodyCannotBeDisbandedAgain() {
        fixture.given(summitEstablished(), new GovernanceBodyDisbanded("sas", on("2017")))
                .when(new DisbandGovernanceBody("sas", on("2018")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDecisionDatedInTheFutureIsRejected() {
        fixture.given(summitEstablished())
                .when(new DisbandGovernanceBody("sas", on("2019-07-01")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
