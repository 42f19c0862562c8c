package org.allianceledger.decisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.readmodel.Bitemporal;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The governance history: one row per recorded decision, whoever recorded it and whatever it was
 * about. Every event of the ledger is a {@link RecordedDecision}, so one handler files them all.
 * A decision once recorded never changes, so each row is filed once, in valid-time order, and
 * indexed by its subject and its function for the reads that name one.
 */
@Projection
public class DecisionRegister {

    private static final NavigableMap<Bitemporal, Filed> NONE = new TreeMap<>();

    /** Every row in valid-time order. */
    private final NavigableMap<Bitemporal, Filed> rows = new ConcurrentSkipListMap<>();
    private final Map<String, Filed> byId = new ConcurrentHashMap<>();
    /** The rows of each subject, by its type and by its id; and of each function. */
    private final Map<String, NavigableMap<Bitemporal, Filed>> bySubjectType = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<Bitemporal, Filed>> bySubjectId = new ConcurrentHashMap<>();
    private final Map<String, NavigableMap<Bitemporal, Filed>> byFunction = new ConcurrentHashMap<>();
    /**
     * Subject ("type/id") to the function and the name its events gave it, for its later events that
     * carry only its id. Only the processor's thread uses it.
     */
    private final Map<String, Known> known = new HashMap<>();

    /** A row as filed: its times, and its text as free-text search compares it. */
    record Filed(Bitemporal time, DecisionRow row, String text) {
    }

    /** What earlier events said of a subject: the function it belongs to and its name, each null where none said. */
    private record Known(String function, String name) {
        static final Known NOTHING = new Known(null, null);
    }

    @EventHandler
    void on(RecordedDecision event, EventMessage<?> message,
            @MetaDataValue(RecordingMetadata.RECORDER) String recorder,
            @MetaDataValue(RecordingMetadata.RECORDER_NOTE) String note) {
        DecisionContext decision = event.decision();
        Names names = subject -> Optional.ofNullable(known(subject).name()).orElse(subject.id());
        Known before = known(event.subject());
        Known now = new Known(event.concernedFunction().orElse(before.function()), event.nameGiven(names).orElse(before.name()));
        known.put(key(event.subject()), now);
        DecisionRow row = new DecisionRow(message.getIdentifier(), decision.decidedOn().toString(),
                decision.decidedOn().precision(), message.getTimestamp(), recorder, decision.body(),
                decision.decidedBy(), Features.publicName(event.getClass()), event.subject(),
                now.function(), event.summary(names), decision.rationale(), decision.source(), note,
                decision.dateInferredFrom(), decision.nature(), names.of(event.subject()),
                names.of(Subject.FUNCTION, now.function()));
        file(new Filed(Bitemporal.of(message, decision), row, SearchText.of(row)));
    }

    private void file(Filed filed) {
        DecisionRow row = filed.row();
        index(bySubjectType, row.subject().type(), filed);
        index(bySubjectId, row.subject().id(), filed);
        if (row.function() != null) {
            index(byFunction, row.function(), filed);
        }
        byId.put(row.id(), filed);
        rows.put(filed.time(), filed);
    }

    private static void index(Map<String, NavigableMap<Bitemporal, Filed>> index, String key, Filed filed) {
        index.computeIfAbsent(key, k -> new ConcurrentSkipListMap<>()).put(filed.time(), filed);
    }

    private Known known(Subject subject) {
        return known.getOrDefault(key(subject), Known.NOTHING);
    }

    private static String key(Subject subject) {
        return subject.type() + "/" + subject.id();
    }

    @ResetHandler
    void reset() {
        rows.clear();
        byId.clear();
        bySubjectType.clear();
        bySubjectId.clear();
        byFunction.clear();
        known.clear();
    }

    /** One decision, whatever date it is as of: a decision once recorded is never changed. */
    public Optional<DecisionRow> decision(String eventId) {
        return Optional.ofNullable(byId.get(eventId)).map(Filed::row);
    }

    /** The decisions taken by {@code asOf}, as recorded by {@code knownAt}, in the order they were taken. */
    public List<DecisionRow> decisions(PointInTime at, DecisionFilter filter) {
        return slice(at, filter, 0, Integer.MAX_VALUE).rows();
    }

    /** {@code limit} of those decisions from {@code offset} on, and how many there are in all. */
    public Slice slice(PointInTime at, DecisionFilter filter, long offset, int limit) {
        List<DecisionRow> page = new ArrayList<>();
        long total = 0;
        for (Filed filed : candidates(filter)) {
            if (filed.time().visibleAt(at) && filter.matches(filed)) {
                if (total >= offset && page.size() < limit) {
                    page.add(filed.row());
                }
                total++;
            }
        }
        return new Slice(total, page);
    }

    /** The rows a filter can match, in valid-time order: those of its subject or else its function when it names one, else all. */
    private Collection<Filed> candidates(DecisionFilter filter) {
        return filter.subjectNamed().map(subject -> {
            NavigableMap<Bitemporal, Filed> ofType = bySubjectType.getOrDefault(subject, NONE);
            NavigableMap<Bitemporal, Filed> ofId = bySubjectId.getOrDefault(subject, NONE);
            if (ofType.isEmpty() || ofId.isEmpty()) {
                return (ofType.isEmpty() ? ofId : ofType).values();
            }
            NavigableMap<Bitemporal, Filed> both = new ConcurrentSkipListMap<>(ofType);
            both.putAll(ofId);
            return both.values();
        }).or(() -> filter.functionNamed().map(function -> byFunction.getOrDefault(function, NONE).values()))
                .orElse(rows.values());
    }

    /** A slice of the register: its rows and the number of decisions the filter matches. */
    public record Slice(long total, List<DecisionRow> rows) {
    }
}
