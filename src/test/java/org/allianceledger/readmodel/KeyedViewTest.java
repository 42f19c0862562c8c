package org.allianceledger.readmodel;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.junit.jupiter.api.Test;

/**
 * A keyed view answers every point in time as a fold of exactly the facts visible there would: checked
 * against a plain transcription of the rule (filter, sort, fold per key, keys in order of their first
 * visible fact) over facts that arrive out of valid-time order, recorded late, and beyond a read's position.
 */
class KeyedViewTest {

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
            KeyedView<Noted, List<String>> view = new KeyedView<>(KeyedViewTest::evolve);
            List<Fact<Noted>> facts = new ArrayList<>();
            Instant firstRecorded = Instant.parse("2019-07-01T00:00:00Z");
            for (int position = 0; position < 60; position++) {
                LocalDate decided = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3000));
                String key = "k" + random.nextInt(5);
                Noted event = new Noted(key, "f" + position, on(decided.toString()));
                Fact<Noted> fact = new Fact<>("e" + position, event, new Bitemporal(decided,
                        firstRecorded.plusSeconds(random.nextInt(10_000)), random.nextInt(3), position));
                facts.add(fact);
                view.add(key, fact);
                // Read between facts too: the current row is kept up to date as they come.
                PointInTime everything = new PointInTime(LocalDate.of(2030, 1, 1), Instant.parse("2030-01-01T00:00:00Z"));
                assertThat(view.keyedRows(everything)).isEqualTo(folded(facts, everything));
            }
            for (int read = 0; read < 40; read++) {
                PointInTime at = new PointInTime(LocalDate.of(2011, 1, 1).plusDays(random.nextInt(3300)),
                        firstRecorded.plusSeconds(random.nextInt(11_000)), random.nextInt(65));
                assertThat(view.keyedRows(at)).as("at %s", at).isEqualTo(folded(facts, at));
                facts.stream().map(fact -> fact.event().key()).distinct().forEach(key ->
                        assertThat(view.row(key, at)).isEqualTo(java.util.Optional.ofNullable(folded(facts, at).get(key))));
            }
        }
    }

    @Test
    void aViewEmptiedForAReplayHoldsNothing() {
        KeyedView<Noted, List<String>> view = new KeyedView<>(KeyedViewTest::evolve);
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
