package org.allianceledger.businesscase;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.allianceledger.alliance.FiscalYear;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.InvalidInput;
import org.allianceledger.alliance.LedgerFixtures;
import org.allianceledger.alliance.Money;
import org.allianceledger.alliance.RuleViolation;
import org.allianceledger.businesscase.BusinessCaseCommand.ApproveBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.ChangeBusinessCaseOption;
import org.allianceledger.businesscase.BusinessCaseCommand.SupersedeBusinessCase;
import org.allianceledger.businesscase.BusinessCaseCommand.WithdrawBusinessCase;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BusinessCaseTest {

    private static final List<ForecastLine> SINGLE_SITE = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(174)));
    private static final List<ForecastLine> TWO_SITES = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(112)));

    private FixtureConfiguration<BusinessCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = LedgerFixtures.fixtureFor(BusinessCase.class);
    }

    private static BusinessCaseApproved firearmsApproved() {
        return new BusinessCaseApproved("bc-firearms-licensing", "firearms-licensing", "Firearms Licensing",
                "single-site model", SINGLE_SITE, 1, on("2015-02"));
    }

    @Test
    void approvingACaseRecordsItsOptionAndForecastAsVersionOne() {
        fixture.givenNoPriorActivity()
                .when(new ApproveBusinessCase("bc-firearms-licensing", "firearms-licensing", "Firearms Licensing",
                        "single-site model", SINGLE_SITE, on("2015-02")))
                .expectEvents(firearmsApproved());
    }

    @Test
    void aForecastNamesEachForceAndYearOnce() {
        var twice = List.of(new ForecastLine(Force.CAM, FiscalYear.parse("2016/17"), Money.ofThousands(1)),
                new ForecastLine(Force.CAM, FiscalYear.parse("2016/17"), Money.ofThousands(2)));
        assertThatThrownBy(() -> new ApproveBusinessCase("bc-x", "x-function", "X", null, twice, on("2015")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void aForecastSavingCannotBeNegative() {
        var negative = List.of(new ForecastLine(Force.CAM, null, Money.ofPence(-1)));
        assertThatThrownBy(() -> new ApproveBusinessCase("bc-x", "x-function", "X", null, negative, on("2015")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("forecast[0].amount"));
    }

    @Test
    void changingTheOptionRecordsTheRevisedForecastAsTheNextVersion() {
        fixture.given(firearmsApproved())
                .when(new ChangeBusinessCaseOption("bc-firearms-licensing", "two-site model", TWO_SITES, on("2015")))
                .expectEvents(new BusinessCaseOptionChanged("bc-firearms-licensing", "single-site model",
                        "two-site model", TWO_SITES, 2, on("2015")));
    }

    @Test
    void anOptionChangeMustChangeTheOptionOrTheForecast() {
        fixture.given(firearmsApproved())
                .when(new ChangeBusinessCaseOption("bc-firearms-licensing", "single-site model", SINGLE_SITE, on("2015")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aCaseCanBeSupersededByAnother() {
        fixture.given(firearmsApproved())
                .when(new SupersedeBusinessCase("bc-firearms-licensing", "bc-firearms-licensing-2", on("2016")))
                .expectEvents(new BusinessCaseSuperseded("bc-firearms-licensing", "bc-firearms-licensing-2", on("2016")));
    }

    @Test
    void aCaseCannotSupersedeItself() {
        assertThatThrownBy(() -> new SupersedeBusinessCase("bc-a", "bc-a", on("2016")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCaseCanBeWithdrawn() {
        fixture.given(firearmsApproved())
                .when(new WithdrawBusinessCase("bc-firearms-licensing", on("2016")))
                .expectEvents(new BusinessCaseWithdrawn("bc-firearms-licensing", on("2016")));
    }

    @Test
    void aWithdrawnCaseCannotChangeItsOption() {
        fixture.given(firearmsApproved(), new BusinessCaseWithdrawn("bc-firearms-licensing", on("2016")))
                .when(new ChangeBusinessCaseOption("bc-firearms-licensing", "two-site model", TWO_SITES, on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aSupersededCaseCannotBeWithdrawn() {
        fixture.given(firearmsApproved(), new BusinessCaseSuperseded("bc-firearms-licensing", "bc-2", on("2016")))
                .when(new WithdrawBusinessCase("bc-firearms-licensing", on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnCaseCannotBeSuperseded() {
        fixture.given(firearmsApproved(), new BusinessCaseWithdrawn("bc-firearms-licensing", on("2016")))
                .when(new SupersedeBusinessCase("bc-firearms-licensing", "bc-2", on("2017")))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
