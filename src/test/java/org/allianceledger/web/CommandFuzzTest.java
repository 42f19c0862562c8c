package org.allianceledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.allianceledger.support.CommandFuzzer;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.mongodb.client.MongoDatabase;

/**
 * Every command endpoint fuzzed from its OpenAPI schema ({@link CommandFuzzer}) with a fixed seed
 * and a bounded count, so that a failure repeats: {@code -Dfuzz.seed} and {@code -Dfuzz.requests}
 * change them. {@code CommandFuzzBench} is the longer run, in the bench profile.
 */
@LedgerServiceTest
public class CommandFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    protected long seed() {
        return Long.getLong("fuzz.seed", 13);
    }

    protected int requests() {
        return Integer.getInteger("fuzz.requests", 600);
    }

    @Test
    void everyAnswerIsARefusalThatWroteNothingOrARecordThatHoldsWhatWasSent() throws Exception {
        CommandFuzzer.Report report = new CommandFuzzer(new LedgerHttp("http://127.0.0.1:" + port), database, seed()).run(requests());
        System.out.printf("Command fuzzing: seed %d, %d requests, answers by status %s, %d broke a rule%n",
                report.seed(), report.requests(), report.statuses(), report.failures().size());
        assertThat(report.failures()).as("answers that broke a rule").isEmpty();
        assertThat(report.statuses()).as("the run both recorded commands and refused them").containsKeys(200, 400);
    }
}
