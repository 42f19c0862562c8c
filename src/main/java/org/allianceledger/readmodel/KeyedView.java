package org.allianceledger.readmodel;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.allianceledger.alliance.RecordedDecision;

/**
 * A view whose rows are keyed, each row the fold of its key's facts in valid-time order through the
 * view's pure {@link Evolve} function. Each row as it stands with every fact in is kept up to date as
 * facts come in, so a read that sees them all (today's record, as known now) costs no fold; a read
 * of another date or instant folds the facts it can see, key by key.
 *
 * <p>One thread adds facts (the read models' processor) while any number read: a key's facts and
 * current row are replaced together, as one immutable value. A view's state is its facts: written
 * and read back key by key, each key's row folded again as it is read.
 */
public final class KeyedView<E extends RecordedDecision, S> {

    /** The row after one more fact; {@code row} is null before the key's first visible fact. */
    @FunctionalInterface
    public interface Evolve<E extends RecordedDecision, S> {
        S evolve(S row, Fact<E> fact);
    }

    private final Class<E> events;
    private final Evolve<E, S> evolve;
    private final Map<String, Key<E, S>> keys = new ConcurrentHashMap<>();

    /** @param events the type of the events the view takes: its state holds no other */
    public KeyedView(Class<E> events, Evolve<E, S> evolve) {
        this.events = events;
        this.evolve = evolve;
    }

    /** A key's facts in valid-time order, its row with all of them in, and the latest instant and position among them. */
    private record Key<E extends RecordedDecision, S>(List<Fact<E>> facts, S current, Instant latestRecorded, long latestPosition) {

        static <E extends RecordedDecision, S> Key<E, S> of(List<Fact<E>> facts, S current) {
            return new Key<>(facts, current, facts.stream().map(fact -> fact.time().recordedAt()).max(Comparator.naturalOrder()).orElseThrow(),
                    facts.stream().mapToLong(fact -> fact.time().position()).max().orElseThrow());
        }

        Bitemporal first() {
            return facts.get(0).time();
        }

        Bitemporal last() {
            return facts.get(facts.size() - 1).time();
        }

        /** Whether a read at {@code at} sees every fact of this key. */
        boolean allVisibleAt(PointInTime at) {
            return !last().validFrom().isAfter(at.asOf()) && !latestRecorded.isAfter(at.knownAt()) && latestPosition <= at.through();
        }
    }

    /** Files {@code fact} under {@code key}. */
    public void add(String key, Fact<E> fact) {
        keys.compute(key, (k, old) -> old == null ? Key.of(List.of(fact), evolve.evolve(null, fact)) : with(old, fact));
    }

    private Key<E, S> with(Key<E, S> key, Fact<E> fact) {
        List<Fact<E>> facts = new ArrayList<>(key.facts().size() + 1);
        facts.addAll(key.facts());
        int at = facts.size();
        while (at > 0 && facts.get(at - 1).time().compareTo(fact.time()) > 0) {
            at--;
        }
        facts.add(at, fact);
        // In order, as facts mostly come: one step. Back-dated: the row is folded again.
        S current = at == key.facts().size() ? evolve.evolve(key.current(), fact) : fold(facts, null);
        return Key.of(Collections.unmodifiableList(facts), current);
    }

    /** Every key's row at {@code at}, in the order the keys first took effect; keys with nothing visible then are left out. */
    public List<S> rows(PointInTime at) {
        return List.copyOf(keyedRows(at).values());
    }

    /** {@link #rows} by key. */
    public Map<String, S> keyedRows(PointInTime at) {
        record Seen<S>(String key, Bitemporal first, S row) {
        }
        List<Seen<S>> seen = new ArrayList<>();
        keys.forEach((name, key) -> {
            if (key.allVisibleAt(at)) {
                seen.add(new Seen<>(name, key.first(), key.current()));
            } else {
                key.facts().stream().map(Fact::time).filter(time -> time.visibleAt(at)).findFirst()
                        .ifPresent(first -> seen.add(new Seen<>(name, first, fold(key.facts(), at))));
            }
        });
        seen.sort(Comparator.comparing(Seen::first));
        Map<String, S> rows = new LinkedHashMap<>();
        seen.forEach(row -> rows.put(row.key(), row.row()));
        return rows;
    }

    /** One key's row at {@code at}, if any fact of it is visible then. */
    public Optional<S> row(String key, PointInTime at) {
        Key<E, S> found = keys.get(key);
        if (found == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(found.allVisibleAt(at) ? found.current() : fold(found.facts(), at));
    }

    public boolean contains(String key) {
        return keys.containsKey(key);
    }

    /** Writes every key's facts, for {@link #read} to hold them again; keys in order, so that the same facts write the same bytes. */
    public void write(StateOutput out) throws IOException {
        Map<String, Key<E, S>> written = new TreeMap<>(keys);
        out.count(written.size());
        for (Map.Entry<String, Key<E, S>> key : written.entrySet()) {
            out.text(key.getKey());
            out.count(key.getValue().facts().size());
            for (Fact<E> fact : key.getValue().facts()) {
                Bitemporal time = fact.time();
                out.text(fact.eventId());
                out.shared(time.validFrom());
                out.number(time.recordedAt().getEpochSecond());
                out.count(time.recordedAt().getNano());
                out.number(time.sequence());
                out.number(time.position());
                out.event(fact.event());
            }
        }
    }

    /** Replaces every fact with those {@link #write} wrote. */
    public void read(StateInput in) throws IOException {
        keys.clear();
        for (int key = 0, count = in.count(); key < count; key++) {
            String name = in.text();
            int size = in.count();
            List<Fact<E>> facts = new ArrayList<>(size);
            for (int fact = 0; fact < size; fact++) {
                String eventId = in.text();
                LocalDate validFrom = in.shared(LocalDate.class);
                Instant recordedAt = Instant.ofEpochSecond(in.longNumber(), in.count());
                long sequence = in.longNumber();
                long position = in.longNumber();
                facts.add(new Fact<>(eventId, in.event(events), new Bitemporal(validFrom, recordedAt, sequence, position)));
            }
            keys.put(name, Key.of(Collections.unmodifiableList(facts), fold(facts, null)));
        }
    }

    /** Forgets every fact, before a replay. */
    public void clear() {
        keys.clear();
    }

    /** The fold of the facts visible at {@code at} (all of them when null). */
    private S fold(List<Fact<E>> facts, PointInTime at) {
        S row = null;
        for (Fact<E> fact : facts) {
            if (at == null || fact.time().visibleAt(at)) {
                row = evolve.evolve(row, fact);
            }
        }
        return row;
    }
}
