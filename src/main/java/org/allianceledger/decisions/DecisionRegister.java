package org.allianceledger.decisions;

import static com.mongodb.client.model.Filters.eq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Ids;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.Timeline;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.TimelineProjection;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The governance history: one row per recorded decision, whoever recorded it and whatever it was
 * about. Every event of the ledger is a {@link RecordedDecision}, so one handler files them all.
 */
@Projection
public class DecisionRegister extends TimelineProjection {

    static final String ROW = "row";
    static final String DECIDED_BY = ROW + ".decidedBy";
    static final String BODY = ROW + ".body";
    static final String KIND = ROW + ".kind";
    static final String SUBJECT_TYPE = ROW + ".subject.type";
    static final String SUBJECT_ID = ROW + ".subject.id";
    static final String FUNCTION = ROW + ".function";
    static final String NATURE = ROW + ".nature";
    static final List<String> FREE_TEXT_FIELDS = List.of(ROW + ".summary", ROW + ".rationale", BODY, DECIDED_BY,
            SUBJECT_ID, ROW + ".source.document", ROW + ".source.quote", ROW + ".note", ROW + ".dateInferredFrom");

    private static final String FUNCTION_OF_SUBJECT = "decision_subject_function";
    private static final String FUNCTION_FIELD = "function";
    private static final String KNOWN_FUNCTIONS = DecisionRegister.class.getName() + ".knownFunctions";

    /** Subject ("type/id") to the function its first event named: looked up by _id, the one match every engine serves by index. */
    private final MongoCollection<Document> functionOfSubject;

    DecisionRegister(MongoDatabase database) {
        super(database, "decision_register");
        this.functionOfSubject = database.getCollection(FUNCTION_OF_SUBJECT);
    }

    @EventHandler
    void on(RecordedDecision event, EventMessage<?> message,
            @MetaDataValue(RecordingMetadata.RECORDER) String recorder,
            @MetaDataValue(RecordingMetadata.RECORDER_NOTE) String note) {
        DecisionContext decision = event.decision();
        DecisionRow row = new DecisionRow(message.getIdentifier(), decision.decidedOn().toString(),
                decision.decidedOn().precision(), message.getTimestamp(), recorder, decision.body(),
                decision.decidedBy(), Ids.kebab(event.getClass()), event.subject(),
                functionOf(event), event.summary(), decision.rationale(), decision.source(), note,
                decision.dateInferredFrom(), decision.nature());
        timeline.record(Change.of(message, message.getIdentifier(), decision).field(ROW, row));
    }

    /** The function the event names, remembered for its subject; else the one an earlier event of the subject named. */
    private String functionOf(RecordedDecision event) {
        String subject = event.subject().type() + "/" + event.subject().id();
        Map<String, Optional<String>> known = knownInThisBatch();
        Optional<String> named = event.concernedFunction();
        if (named.isPresent()) {
            functionOfSubject.replaceOne(eq(Timeline.ID, subject), new Document(Timeline.ID, subject).append(FUNCTION_FIELD, named.get()),
                    new ReplaceOptions().upsert(true));
            known.put(subject, named);
            return named.get();
        }
        return known.computeIfAbsent(subject, s -> Optional.ofNullable(functionOfSubject.find(eq(Timeline.ID, s)).first())
                .map(remembered -> remembered.getString(FUNCTION_FIELD))).orElse(null);
    }

    /**
     * What this batch of events has learnt of subjects' functions: a subject's events mostly come
     * together, so one lookup serves them. Kept no longer than the batch: another instance may hold
     * the subject's segment next.
     */
    private static Map<String, Optional<String>> knownInThisBatch() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN_FUNCTIONS, key -> new HashMap<String, Optional<String>>())
                : new HashMap<>();
    }

    @Override
    protected void clear() {
        super.clear();
        functionOfSubject.deleteMany(new Document());
    }

    /** One decision, whatever date it is as of: a decision once recorded is never changed. */
    public Optional<DecisionRow> decision(String eventId) {
        return timeline.latest(eq(Timeline.ID, eventId)).map(row -> timeline.as(row.get(ROW), DecisionRow.class));
    }

    /** The decisions taken by {@code asOf}, as recorded by {@code knownAt}, in the order they were taken. */
    public List<DecisionRow> decisions(PointInTime at, DecisionFilter filter) {
        return page(at, filter, 0, Integer.MAX_VALUE).rows();
    }

    /** {@code limit} of those decisions from {@code offset} on, and how many there are in all. */
    public Page page(PointInTime at, DecisionFilter filter, long offset, int limit) {
        Timeline.Page rows = timeline.page(at, filter.toRowFilter(), offset, limit);
        return new Page(rows.total(), rows.rows().stream().map(row -> timeline.as(row.get(ROW), DecisionRow.class)).toList());
    }

    /** One page of the register: its rows and the number of decisions the filter matches. */
    public record Page(long total, List<DecisionRow> rows) {
    }
}
