package org.allianceledger.decisions;

import static org.allianceledger.alliance.Decisions.on;

import java.lang.ref.Reference;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ProjectionHarness;
import org.allianceledger.store.LedgerSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The decision register's own time per read, without HTTP: {@code -Dbench.events} synthetic decisions
 * (100,000 by default; ten a body, dated over 2011-2019 in random order, as ScaleBench records them)
 * filed through the register's handler, then 300 reads of each kind: the newest page, a page as of a
 * past date, a page deep in the register as known at a past instant, one subject as of a past date,
 * free text, and free text of two common words. Run: {@code ./mvnw -B -Pbench test -Dbench.test=DecisionRegisterBench}. In the
 * decisions package because it times the register's own classes.
 */
@Tag("bench")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class DecisionRegisterBench {

    private static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    private static final int READS = 300;
    private static final List<String> WORDS = List.of("the", "board", "agreed", "that", "custody", "savings", "of", "force",
            "collaboration", "would", "deliver", "£1.2m", "in", "2015/16", "and", "chief", "constables", "commissioners", "review",
            "business", "case", "approved", "subject", "to", "consultation", "with", "staff", "associations", "public", "contact");

    @Test
    void measure() {
        ProjectionHarness harness = new ProjectionHarness(DecisionRegister::new);
        DecisionRegister register = harness.projection();
        Random random = new Random(EVENTS);
        long started = System.nanoTime();
        for (int n = 0; n < EVENTS; n++) {
            String body = "b" + (n / 10);
            String date = pastDate(random).toString();
            harness.record(asStored(n % 10 == 0
                    ? new GovernanceBodyEstablished(body, "Board " + body, List.of("Chief Constables"), null, "monthly", null, argued(date, random))
                    : new GovernanceBodyTermsChanged(body, null, null, "meeting " + n, null, argued(date, random))));
        }
        double filing = (System.nanoTime() - started) / 1e9;
        long withRegister = heapInUse();
        Instant end = harness.asOf("2030-01-01").knownAt();
        LocalDate today = LocalDate.of(2026, 12, 1);
        measure("newest page", () -> register.slice(new PointInTime(today, end), DecisionFilter.NONE, 0, 50));
        measure("page as of a past date", () -> register.slice(new PointInTime(pastDate(random), end), DecisionFilter.NONE, 0, 50));
        measure("deep page as known at a past instant", () -> register.slice(new PointInTime(today,
                ProjectionHarness.FIRST_RECORDING.plusSeconds(60L * random.nextInt(EVENTS))), DecisionFilter.NONE, random.nextInt(EVENTS / 2), 50));
        measure("one subject as of a past date", () -> register.slice(new PointInTime(pastDate(random), end),
                filter("b" + random.nextInt(EVENTS / 10), null), 0, 50));
        measure("free text", () -> register.slice(new PointInTime(today, end), filter(null, "meeting " + random.nextInt(EVENTS)), 0, 50));
        measure("free text of common words", () -> register.slice(new PointInTime(today, end),
                filter(null, WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size()))), 0, 50));
        // The harness keeps the events, as the store would: what the register holds is what a reset frees.
        register.reset();
        long withoutRegister = heapInUse();
        Reference.reachabilityFence(harness); // its events stay in both counts
        System.out.printf("filed %,d decisions in %.1f s; the register holds %,d bytes a decision%n", EVENTS, filing,
                (withRegister - withoutRegister) / EVENTS);
    }

    /** A decision on {@code date} with prose as long as the shipped history's: a rationale of 40 words and a quote of 60. */
    private static DecisionContext argued(String date, Random random) {
        DecisionContext decision = on(date);
        SourceRef source = decision.source();
        return new DecisionContext(decision.decidedOn(), decision.body(), decision.decidedBy(), prose(random, 40),
                new SourceRef(source.document(), source.date(), source.paragraph(), prose(random, 60)), null, decision.nature());
    }

    private static String prose(Random random, int words) {
        StringBuilder prose = new StringBuilder();
        for (int n = 0; n < words; n++) {
            prose.append(n == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return prose.append('.').toString();
    }

    /** The event as read back from the store: its own instances of every value, as each stored event has. */
    private static RecordedDecision asStored(RecordedDecision event) {
        try {
            return LedgerSerializer.JSON.readValue(LedgerSerializer.JSON.writeValueAsBytes(event), event.getClass());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long heapInUse() {
        for (int n = 0; n < 3; n++) {
            System.gc();
        }
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static LocalDate pastDate(Random random) {
        return LocalDate.of(2011, 1, 1).plusDays(random.nextInt(9 * 365));
    }

    private static DecisionFilter filter(String subject, String q) {
        return new DecisionFilter(null, null, subject, null, null, null, null, q);
    }

    private static void measure(String read, Supplier<DecisionRegister.Slice> slice) {
        List<Double> millis = new ArrayList<>();
        for (int n = 0; n < READS + 50; n++) {
            long started = System.nanoTime();
            slice.get();
            if (n >= 50) { // the first reads warm up
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        millis.sort(null);
        System.out.printf("%s at %,d decisions: p50 %.2f ms, p95 %.2f ms%n", read, EVENTS,
                millis.get(millis.size() / 2), millis.get(millis.size() * 95 / 100));
    }
}
