package org.allianceledger.businesscase;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.ForecastLine;
import org.allianceledger.alliance.Money;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseApproved;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseOptionChanged;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseSuperseded;
import org.allianceledger.businesscase.BusinessCaseEvent.BusinessCaseWithdrawn;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BusinessCaseRegisterTest {

    private static final List<ForecastLine> SINGLE_SITE = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(174)));
    private static final List<ForecastLine> TWO_SITES = List.of(new ForecastLine(Force.CAM, null, Money.ofThousands(112)));

    BusinessCaseRegister register;
    ProjectionHarness harness;

    @BeforeEach
    void freshRegister() {
        register = new BusinessCaseRegister();
        harness = new ProjectionHarness(register);
        harness.record(new BusinessCaseApproved("bc-firearms", "firearms-licensing", "Firearms licensing", "single site",
                SINGLE_SITE, 1, on("2015-02")));
    }

    @Test
    void aCaseKeepsEveryVersionAndShowsTheOneStandingOnTheDate() {
        harness.record(new BusinessCaseOptionChanged("bc-firearms", "single site", "two sites", TWO_SITES, 2, on("2015-12")));

        BusinessCaseRow now = register.businessCases(harness.asOf("2016-06-01")).get(0);
        assertThat(now.version()).isEqualTo(2);
        assertThat(now.option()).isEqualTo("two sites");
        assertThat(now.forecast()).isEqualTo(TWO_SITES);
        assertThat(now.approvedOn()).hasToString("2015-02");
        assertThat(now.versions()).extracting(BusinessCaseRow.Version::version, BusinessCaseRow.Version::option)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "single site"), org.assertj.core.groups.Tuple.tuple(2, "two sites"));

        BusinessCaseRow before = register.businessCases(harness.asOf("2015-06-01")).get(0);
        assertThat(before.version()).isEqualTo(1);
        assertThat(before.forecast()).isEqualTo(SINGLE_SITE);
    }

    @Test
    void supersededAndWithdrawnCasesSayWhy() {
        harness.record(new BusinessCaseApproved("bc-hr", "human-resources", "HR", null, List.of(), 1, on("2016-03")));
        harness.record(new BusinessCaseSuperseded("bc-firearms", "bc-firearms-2", on("2017-01")));
        harness.record(new BusinessCaseWithdrawn("bc-hr", on("2017-02")));

        assertThat(register.businessCases(harness.asOf("2017-06-01")))
                .extracting(BusinessCaseRow::caseId, BusinessCaseRow::status, BusinessCaseRow::supersededBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bc-firearms", "superseded", "bc-firearms-2"),
                        org.assertj.core.groups.Tuple.tuple("bc-hr", "withdrawn", null));
    }
}
