package org.allianceledger.function;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.allianceledger.alliance.Force;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.Portfolio;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaboratedFunctionProposed;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationDeferred;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationNotProceeded;
import org.allianceledger.function.CollaboratedFunctionEvent.CollaborationResumed;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionLeadershipChanged;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionMovedToBusinessAsUsual;
import org.allianceledger.function.CollaboratedFunctionEvent.FunctionWentLive;
import org.allianceledger.readmodel.ProjectionHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FunctionRegisterTest {

    private static final List<Force> BCH = List.of(Force.BED, Force.CAM, Force.HER);

    FunctionRegister register;
    ProjectionHarness harness;

    @BeforeEach
    void freshRegister() {
        register = new FunctionRegister();
        harness = new ProjectionHarness(register);
        harness.record(new CollaboratedFunctionProposed("public-contact", "Public Contact", Portfolio.OPERATIONAL_SUPPORT,
                null, BCH, "control rooms", on("2015-06")));
    }

    @Test
    void aFunctionsStateOnADateFollowsItsLifecycle() {
        harness.record(new FunctionLeadershipChanged("public-contact", Portfolio.OPERATIONAL_SUPPORT, Force.HER, BCH, on("2015-10")));
        harness.record(new FunctionWentLive("public-contact", "leadership", "Head of Public Contact appointed", on("2015-12")));
        harness.record(new CollaborationDeferred("public-contact", "after the control room upgrade", PartialDate.parse("2017"), on("2016-06")));
        harness.record(new CollaborationResumed("public-contact", on("2017-03")));
        harness.record(new CollaborationNotProceeded("public-contact", on("2018-07-19")));

        assertThat(state("2015-07-01")).isEqualTo("proposed");
        assertThat(register.functions(harness.asOf("2015-07-01")).get(0).leadForce()).isNull();
        assertThat(state("2016-01-01")).isEqualTo("live");
        assertThat(register.functions(harness.asOf("2016-01-01")).get(0).leadForce()).isEqualTo(Force.HER);
        assertThat(state("2016-12-31")).isEqualTo("deferred");
        assertThat(state("2017-06-30")).isEqualTo("in-progress");
        FunctionRow last = register.functions(harness.asOf("2019-01-01")).get(0);
        assertThat(last.state()).isEqualTo("not-proceeded");
        assertThat(last.stateSince()).hasToString("2018-07-19");
        assertThat(last.reviewCondition()).isEqualTo("after the control room upgrade");
        assertThat(last.goLives()).extracting(FunctionRow.GoLive::phase).containsExactly("leadership");
    }

    @Test
    void aFunctionMovedToBusinessAsUsualSaysSo() {
        harness.record(new FunctionMovedToBusinessAsUsual("public-contact", on("2018-04")));

        assertThat(state("2018-05-01")).isEqualTo("business-as-usual");
    }

    private String state(String asOf) {
        return register.functions(harness.asOf(asOf)).get(0).state();
    }
}
