package org.allianceledger.readmodel;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;
import org.allianceledger.governance.GovernanceBodyEvent;
import org.allianceledger.store.LedgerSerializer;
import org.junit.jupiter.api.Test;

/**
 * A keyed view answers every point in time as a fold of exactly the facts visible there would: checked
 * against a plain transcription of the rule (filter, sort, fold per key, keys in order of their first
 * visible fact) over facts that arrive out of valid-time order, recorded late, and beyond a read's position.
 */
class KeyedViewTest {

    private static final Instant FIRST_RECORDED = Instant.parse("2019-07-01T00:00:00Z");

    /** A fact about one of a few things; the row it folds to lists the facts' names in the order folded. */
    record Noted(String key, String name, DecisionContext decision) implements RecordedDecision {
        @Override
        public Subject subject() {
            return new Subject("thing", key);
        }

        @Override
        public String summary(Names names) {
            return name;
        }
    }

    private static List<String> evolve(List<String> row, Fact<Noted> fact) {
        return Lists.appended(row == null ? List.of() : row, fact.event().name());
    }

    @Test
    void everyPointInTimeFoldsExactlyTheFactsVisibleThere() {
        Random random = new Random(18);
        for (int round = 0; round < 30; round++) {
            KeyedView<Noted, List<String>> view = new KeyedView<>(Noted.class, KeyedViewTest::evolve);
            List<Fact<Noted>> facts = new ArrayList<>();
            for (int position = 0; position < 60; position++) {
                file(randomFact(random, position), facts, view);
                // Read between facts too: the current row is kept up to date as they come.
                PointInTime everything = new PointInTime(LocalDate.of(2030, 1, 1), Instant.parse("2030-01-01T00:00:00Z"));
                assertThat(view.keyedRows(everything)).isEqualTo(folded(facts, everything));
            }
            for (int read = 0; read < 40; read++) {
                PointInTime at = new PointInTime(LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3300)),
                        FIRST_RECORDED.plusSeconds(random.nextInt(11_000)), random.nextInt(65));
                assertThat(view.keyedRows(at)).as("at %s", at).isEqualTo(folded(facts, at));
                facts.stream().map(fact -> fact.event().key()).distinct().forEach(key ->
                        assertThat(view.row(key, at)).isEqualTo(java.util.Optional.ofNullable(folded(facts, at).get(key))));
            }
        }
    }

    @Test
    void aViewReadFromItsStateAnswersAndTakesFactsAsTheOneThatWroteIt() throws IOException {
        Random random = new Random(22);
        KeyedView<Noted, List<String>> written = new KeyedView<>(Noted.class, KeyedViewTest::evolve);
        KeyedView<Noted, List<String>> read = new KeyedView<>(Noted.class, KeyedViewTest::evolve);
        List<Fact<Noted>> facts = new ArrayList<>();
        for (int position = 0; position < 80; position++) {
            file(randomFact(random, position), facts, written);
        }
        read.add("gone", randomFact(random, 0)); // what a view held before it read its state

        read.read(new StateInput(new ByteArrayInputStream(state(written)), LedgerSerializer.JSON));

        assertThat(read.contains("gone")).isFalse();
        for (int position = 80; position < 100; position++) {
            assertSameAnswers(random, written, read, facts);
            file(randomFact(random, position), facts, written, read);
        }
        assertSameAnswers(random, written, read, facts);
    }

    @Test
    void aStateHoldingEventsOfAnotherTypeIsRefusedBeforeTheyAreRead() throws IOException {
        KeyedView<Noted, List<String>> written = new KeyedView<>(Noted.class, KeyedViewTest::evolve);
        written.add("k", randomFact(new Random(1), 0));
        KeyedView<GovernanceBodyEvent, String> other = new KeyedView<>(GovernanceBodyEvent.class, (row, fact) -> fact.event().bodyId());

        assertThatThrownBy(() -> other.read(new StateInput(new ByteArrayInputStream(state(written)), LedgerSerializer.JSON)))
                .isInstanceOf(IOException.class).hasMessageEndingWith("Noted is not a GovernanceBodyEvent");
    }

    @Test
    void aFactHoldsItsEventWithoutTheDecisionsRationale() {
        DecisionContext decision = new DecisionContext(PartialDate.parse("2016-03"), "Board", List.of("Chief Constables"),
                "a long rationale", new SourceRef("Report", PartialDate.parse("2016"), "§2", "the quote"), "dated by the report",
                Nature.REPORTED);
        Noted event = new Noted("k", "f", decision);

        assertThat(Fact.withoutRationale(event)).isEqualTo(new Noted("k", "f", new DecisionContext(decision.decidedOn(),
                decision.body(), decision.decidedBy(), null, decision.source(), decision.dateInferredFrom(), decision.nature())));
        Noted without = Fact.withoutRationale(event);
        assertThat(Fact.withoutRationale(without)).isSameAs(without);
    }

    /** Files {@code fact} under its key in each of {@code views}, and notes it among {@code facts}. */
    @SafeVarargs
    private static void file(Fact<Noted> fact, List<Fact<Noted>> facts, KeyedView<Noted, List<String>>... views) {
        facts.add(fact);
        for (KeyedView<Noted, List<String>> view : views) {
            view.add(fact.event().key(), fact);
        }
    }

    private static Fact<Noted> randomFact(Random random, int position) {
        LocalDate decided = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3000));
        String key = "k" + random.nextInt(5);
        return new Fact<>("e" + position, new Noted(key, "f" + position, on(decided.toString())), new Bitemporal(decided,
                FIRST_RECORDED.plusSeconds(random.nextInt(10_000)).plusNanos(random.nextInt(1_000_000_000)),
                random.nextInt(3), position));
    }

    private static void assertSameAnswers(Random random, KeyedView<Noted, List<String>> expected, KeyedView<Noted, List<String>> actual,
                                          List<Fact<Noted>> facts) {
        for (int read = 0; read < 20; read++) {
            PointInTime at = new PointInTime(LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3300)),
                    FIRST_RECORDED.plusSeconds(random.nextInt(11_000)), random.nextInt(105));
            assertThat(actual.keyedRows(at)).as("at %s", at).isEqualTo(expected.keyedRows(at)).isEqualTo(folded(facts, at));
        }
        PointInTime now = new PointInTime(LocalDate.of(2030, 1, 1), Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(actual.keyedRows(now)).isEqualTo(expected.keyedRows(now));
    }

    private static byte[] state(KeyedView<Noted, List<String>> view) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StateOutput out = new StateOutput(bytes, LedgerSerializer.JSON);
        view.write(out);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void aViewEmptiedForAReplayHoldsNothing() {
        KeyedView<Noted, List<String>> view = new KeyedView<>(Noted.class, KeyedViewTest::evolve);
        view.add("k", new Fact<>("e", new Noted("k", "f", on("2015")), new Bitemporal(LocalDate.of(2015, 1, 1),
                Instant.parse("2019-07-01T00:00:00Z"), 0, 0)));
        view.clear();
        assertThat(view.rows(new PointInTime(LocalDate.of(2030, 1, 1), Instant.parse("2030-01-01T00:00:00Z")))).isEmpty();
        assertThat(view.contains("k")).isFalse();
    }

    /** The rule, written plainly. */
    private static Map<String, List<String>> folded(List<Fact<Noted>> facts, PointInTime at) {
        List<Fact<Noted>> visible = facts.stream().filter(fact -> fact.time().visibleAt(at))
                .sorted(Comparator.comparing(Fact::time)).toList();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Fact<Noted> fact : visible) {
            rows.computeIfAbsent(fact.event().key(), key -> new ArrayList<>()).add(fact.event().name());
        }
        return rows;
    }
}
