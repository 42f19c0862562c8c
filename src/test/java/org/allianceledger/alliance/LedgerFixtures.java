package org.allianceledger.alliance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.allianceledger.command.DecisionDateCheck;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

/** An aggregate fixture with the checks every command passes through, on a fixed "today" in mid-2019. */
public final class LedgerFixtures {

    public static final Clock TODAY = Clock.fixed(Instant.parse("2019-06-30T12:00:00Z"), ZoneOffset.UTC);

    private LedgerFixtures() {
    }

    public static <T> FixtureConfiguration<T> fixtureFor(Class<T> aggregate) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerCommandHandlerInterceptor(new DecisionDateCheck(TODAY));
        return fixture;
    }
}
