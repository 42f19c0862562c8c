package org.allianceledger.decisions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.readmodel.Bitemporal;
import org.allianceledger.readmodel.EventLookup;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.StateInput;
import org.allianceledger.readmodel.StateOutput;
import org.allianceledger.readmodel.ViewState;
import org.allianceledger.readmodel.Vocabulary;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

/**
 * The governance history: one row per recorded decision, whoever recorded it and whatever it was
 * about. Every event of the ledger is a {@link RecordedDecision}, so one handler files them all.
 * A decision once recorded never changes, so each row is filed once, read in valid-time order, and
 * indexed by its subject and its function for the reads that name one. The register keeps each row
 * without its long text (rationale, quote, note, date inference): free text is answered from the
 * term index, and the rows a read shows are made whole from their events, read back from the store
 * by position.
 */
@Projection
public class DecisionRegister implements ViewState {

    /**
     * A search's rows are sorted into valid-time order where they are at most this share of the
     * register; more, and running down the register (in that order already) costs less.
     */
    private static final int SORTED_SHARE = 32;

    /** Where every decision event holds the long text the register leaves out: its {@link DecisionContext}'s, by name. */
    private static final String RATIONALE = "decision.rationale";
    private static final String QUOTE = "decision.source.quote";
    private static final String DATE_INFERRED_FROM = "decision.dateInferredFrom";
    private static final List<String> LONG_TEXT = List.of(RATIONALE, QUOTE, DATE_INFERRED_FROM);

    private final EventLookup events;
    private volatile Filing filing = new Filing();

    public DecisionRegister(EventLookup events) {
        this.events = events;
    }

    /** What the register holds; a replay starts a new one. */
    private static final class Filing {
        final ValidTimeColumns rows = new ValidTimeColumns();
        final TermIndex terms;
        final FiledIds ids = new FiledIds(rows::get);
        /** The rows of each subject id, and of each function, for the reads that name one. */
        final Map<String, Appended<Filed>> bySubjectId = new ConcurrentHashMap<>();
        final Map<String, Appended<Filed>> byFunction = new ConcurrentHashMap<>();
        final Set<String> subjectTypes = ConcurrentHashMap.newKeySet();
        /**
         * Each subject's function and the name its events gave it, for its later events
         * that carry only its id. Only the processor's thread uses it.
         */
        final Map<Subject, Known> known = new HashMap<>();
        /** The names, bodies, sources and dates the rows share; only the processor's thread uses it. */
        final Vocabulary shared = new Vocabulary();

        Filing() {
            this(new TermIndex());
        }

        private Filing(TermIndex terms) {
            this.terms = terms;
        }

        /** Files a row: {@code whole}, which the term index takes in, kept as {@code filed}. */
        void file(Filed filed, DecisionRow whole) {
            terms.add(filed.number(), SearchText.ownFields(whole), SearchText.sharedFields(whole));
            index(filed);
        }

        /** Keeps {@code filed}, whose text the term index holds, and indexes it by its subject, function and id. */
        private void index(Filed filed) {
            Subject subject = filed.subject();
            if (!subjectTypes.contains(subject.type())) { // a read, not a locked write, for a type known already
                subjectTypes.add(subject.type());
            }
            bySubjectId.computeIfAbsent(subject.id(), id -> new Appended<>()).add(filed);
            if (filed.function() != null) {
                byFunction.computeIfAbsent(filed.function(), function -> new Appended<>()).add(filed);
            }
            rows.add(filed);
            ids.add(filed);
        }

        Known known(Subject subject) {
            return known.getOrDefault(subject, Known.NOTHING);
        }

        void write(StateOutput out) throws IOException {
            terms.write(out);
            int count = rows.size();
            out.count(count);
            for (int number = 0; number < count; number++) {
                rows.get(number).write(out);
            }
            out.count(known.size());
            for (Map.Entry<Subject, Known> subject : known.entrySet()) {
                out.shared(subject.getKey());
                out.shared(subject.getValue().function());
                out.shared(subject.getValue().name());
            }
        }

        static Filing read(StateInput in) throws IOException {
            Filing filing = new Filing(TermIndex.read(in));
            int count = in.count();
            for (int number = 0; number < count; number++) {
                filing.index(Filed.read(in, number));
            }
            for (int n = in.count(); n > 0; n--) {
                filing.known.put(in.shared(Subject.class), new Known(in.shared(String.class), in.shared(String.class)));
            }
            in.sharedValues().forEach(filing.shared::of);
            return filing;
        }
    }

    /** What earlier events said of a subject: the function it belongs to and its name, each null where none said. */
    private record Known(String function, String name) {
        static final Known NOTHING = new Known(null, null);
    }

    @EventHandler
    void on(RecordedDecision event, EventMessage<?> message,
            @MetaDataValue(RecordingMetadata.RECORDER) String recorder,
            @MetaDataValue(RecordingMetadata.RECORDER_NOTE) String note) {
        Filing filing = this.filing;
        DecisionContext decision = event.decision();
        Vocabulary shared = filing.shared;
        Subject subject = shared.of(event.subject());
        Names names = named -> Optional.ofNullable(filing.known(named).name()).orElse(named.id());
        Known before = filing.known(subject);
        Known now = new Known(shared.of(event.concernedFunction().orElse(before.function())),
                shared.of(event.nameGiven(names).orElse(before.name())));
        filing.known.put(subject, now);
        // Whole for the term index, then outlined for the register, which keeps the id in fewer bytes.
        DecisionRow row = new DecisionRow(null, shared.text(decision.decidedOn()),
                decision.decidedOn().precision(), message.getTimestamp(), shared.of(recorder), shared.of(decision.body()),
                shared.of(decision.decidedBy()), Features.publicName(event.getClass()), subject,
                shared.of(now.function()), event.summary(names), decision.rationale(), decision.source(), note,
                decision.dateInferredFrom(), decision.nature(), shared.of(names.of(subject)),
                shared.of(names.of(Subject.FUNCTION, now.function())));
        Bitemporal time = Bitemporal.of(message, decision);
        SourceRef source = decision.source();
        DecisionRow outline = row.outline(source == null ? null
                : shared.of(new SourceRef(source.document(), source.date(), source.paragraph())));
        filing.file(new Filed(message.getIdentifier(), filing.rows.size(), time, shared.of(time.validFrom()), outline), row);
    }

    @ResetHandler
    void reset() {
        filing = new Filing();
    }

    @Override
    public void writeState(StateOutput out) throws IOException {
        filing.write(out);
    }

    @Override
    public void readState(StateInput in) throws IOException {
        filing = Filing.read(in);
    }

    /** One decision, whatever date it is as of: a decision once recorded is never changed. */
    public Optional<DecisionRow> decision(String eventId) {
        return filing.ids.get(eventId).map(filed -> whole(List.of(filed)).get(0));
    }

    /** The decisions taken by {@code asOf}, as recorded by {@code knownAt}, in the order they were taken. */
    public List<DecisionRow> decisions(PointInTime at, DecisionFilter filter) {
        return slice(at, filter, 0, Integer.MAX_VALUE).rows();
    }

    /**
     * {@link #decisions}' outlines: without their long text (rationale, the source's quote, the note and
     * the date's inference are null), for a read that shows few of them; {@link #whole} makes those whole.
     */
    List<DecisionRow> outlines(PointInTime at, DecisionFilter filter) {
        return matching(at, filter, 0, Integer.MAX_VALUE).rows().stream().map(Filed::outline).toList();
    }

    /** The {@link #outlines} given, whole; one a replay has not filed again yet is left out. */
    List<DecisionRow> whole(Collection<DecisionRow> outlines) {
        Filing filing = this.filing;
        return whole(outlines.stream().flatMap(row -> filing.ids.get(row.id()).stream()).toList());
    }

    /**
     * {@code limit} of those decisions from {@code offset} on, and how many there are in all. A read
     * naming one subject id or function reads that one's rows only, and one searching free text the
     * rows the term index finds it in, where they are few; any other runs down the register.
     */
    public Slice slice(PointInTime at, DecisionFilter filter, long offset, int limit) {
        Matching page = matching(at, filter, offset, limit);
        return new Slice(page.total(), whole(page.rows()));
    }

    private Matching matching(PointInTime at, DecisionFilter filter, long offset, int limit) {
        Filing filing = this.filing;
        Optional<BitSet> searched = filter.searched().map(text -> {
            BitSet holding = new BitSet();
            filing.terms.rowsHolding(text).forEach(holding::set);
            return holding;
        });
        Predicate<Filed> matches = searched.<Predicate<Filed>>map(holding -> filed -> holding.get(filed.number()) && filter.matches(filed))
                .orElse(filter::matches);
        Optional<List<Filed>> named = filter.subjectNamed().filter(subject -> !filing.subjectTypes.contains(subject))
                .map(subject -> listed(filing.bySubjectId.get(subject)))
                .or(() -> filter.functionNamed().map(function -> listed(filing.byFunction.get(function))))
                .or(() -> searched.filter(holding -> holding.cardinality() <= filing.rows.size() / SORTED_SHARE)
                        .map(holding -> holding.stream().mapToObj(filing.rows::get).toList()));
        if (named.isEmpty()) {
            return filing.rows.slice(at, filter.narrows() ? matches : null, offset, limit);
        }
        Paging paging = new Paging(offset, limit);
        named.get().stream().sorted()
                .filter(filed -> filed.time().visibleAt(at) && matches.test(filed))
                .forEach(paging::count);
        return paging.matching();
    }

    /** {@code rows} whole, in the same order: their long text read back from their events. */
    private List<DecisionRow> whole(List<Filed> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, EventLookup.EventText> stored = events.textAt(rows.stream().map(Filed::position).toList(), LONG_TEXT,
                List.of(RecordingMetadata.RECORDER_NOTE));
        return rows.stream().map(filed -> {
            EventLookup.EventText event = stored.get(filed.position());
            if (event == null || !filed.id().equals(event.eventId())) {
                throw new IllegalStateException("The store holds no decision at position " + filed.position() + ", where decision "
                        + filed.id() + " was read from");
            }
            return filed.whole(event.payload().get(RATIONALE), event.payload().get(QUOTE),
                    event.metaData().get(RecordingMetadata.RECORDER_NOTE), event.payload().get(DATE_INFERRED_FROM));
        }).toList();
    }

    private static List<Filed> listed(Appended<Filed> rows) {
        return rows == null ? List.of() : rows.stream().toList();
    }

    /** A slice of the register: its rows and the number of decisions the filter matches. */
    public record Slice(long total, List<DecisionRow> rows) {
    }

    /** The rows of a slice as filed, and the number of decisions the filter matches. */
    record Matching(long total, List<Filed> rows) {
    }

    /** Counts the rows a read matches, in order, keeping those of its page. */
    static final class Paging {

        private final long offset;
        private final int limit;
        private final List<Filed> page = new ArrayList<>();
        private long total;

        Paging(long offset, int limit) {
            this.offset = offset;
            this.limit = limit;
        }

        void count(Filed filed) {
            if (total >= offset && page.size() < limit) {
                page.add(filed);
            }
            total++;
        }

        Matching matching() {
            return new Matching(total, page);
        }
    }
}
