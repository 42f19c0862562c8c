package org.allianceledger.decisions;

import static com.mongodb.client.model.Filters.eq;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.Features;
import org.allianceledger.alliance.Names;
import org.allianceledger.alliance.RecordedDecision;
import org.allianceledger.alliance.Subject;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.readmodel.Change;
import org.allianceledger.readmodel.PointInTime;
import org.allianceledger.readmodel.ChangeLog;
import org.allianceledger.readmodel.Projection;
import org.allianceledger.readmodel.ChangeLogProjection;
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
public class DecisionRegister extends ChangeLogProjection {

    static final String ROW = "row";
    static final String DECIDED_BY = ROW + ".decidedBy";
    static final String BODY = ROW + ".body";
    static final String KIND = ROW + ".kind";
    static final String SUBJECT_TYPE = ROW + ".subject.type";
    static final String SUBJECT_ID = ROW + ".subject.id";
    static final String FUNCTION = ROW + ".function";
    static final String NATURE = ROW + ".nature";
    static final List<String> FREE_TEXT_FIELDS = List.of(ROW + ".summary", ROW + ".rationale", BODY, DECIDED_BY,
            SUBJECT_ID, ROW + ".subjectName", FUNCTION, ROW + ".functionName", ROW + ".source.document",
            ROW + ".source.quote", ROW + ".note", ROW + ".dateInferredFrom");

    private static final String SUBJECTS = "decision_subject";
    private static final String FUNCTION_FIELD = "function";
    private static final String NAME_FIELD = "name";
    private static final String KNOWN_SUBJECTS = DecisionRegister.class.getName() + ".knownSubjects";

    /**
     * Subject ("type/id") to the function and the name that its events gave it, for its later events
     * that carry only its id: looked up by _id, the one match every engine serves by index.
     */
    private final MongoCollection<Document> subjects;

    DecisionRegister(MongoDatabase database) {
        super(database, "decision_register");
        this.subjects = database.getCollection(SUBJECTS);
    }

    @EventHandler
    void on(RecordedDecision event, EventMessage<?> message,
            @MetaDataValue(RecordingMetadata.RECORDER) String recorder,
            @MetaDataValue(RecordingMetadata.RECORDER_NOTE) String note) {
        DecisionContext decision = event.decision();
        Map<String, Known> known = knownInThisBatch();
        Names names = subject -> Optional.ofNullable(known(subject, known).name()).orElse(subject.id());
        Known before = known(event.subject(), known);
        Known now = new Known(event.concernedFunction().orElse(before.function()), event.nameGiven(names).orElse(before.name()));
        if (!now.equals(before)) {
            remember(event.subject(), now, known);
        }
        DecisionRow row = new DecisionRow(message.getIdentifier(), decision.decidedOn().toString(),
                decision.decidedOn().precision(), message.getTimestamp(), recorder, decision.body(),
                decision.decidedBy(), Features.publicName(event.getClass()), event.subject(),
                now.function(), event.summary(names), decision.rationale(), decision.source(), note,
                decision.dateInferredFrom(), decision.nature(), names.of(event.subject()),
                names.of(Subject.FUNCTION, now.function()));
        changeLog.record(Change.of(message, message.getIdentifier(), decision).field(ROW, row));
    }

    /** What earlier events said of a subject: the function it belongs to and its name, each null where none said. */
    private record Known(String function, String name) {
        static final Known NOTHING = new Known(null, null);
    }

    private Known known(Subject subject, Map<String, Known> known) {
        return known.computeIfAbsent(key(subject), key -> Optional.ofNullable(subjects.find(eq(ChangeLog.ID, key)).first())
                .map(remembered -> new Known(remembered.getString(FUNCTION_FIELD), remembered.getString(NAME_FIELD)))
                .orElse(Known.NOTHING));
    }

    private void remember(Subject subject, Known now, Map<String, Known> known) {
        String key = key(subject);
        subjects.replaceOne(eq(ChangeLog.ID, key), new Document(ChangeLog.ID, key).append(FUNCTION_FIELD, now.function())
                .append(NAME_FIELD, now.name()), new ReplaceOptions().upsert(true));
        known.put(key, now);
    }

    private static String key(Subject subject) {
        return subject.type() + "/" + subject.id();
    }

    /**
     * What this batch of events has learnt of subjects: a subject's events mostly come together, so
     * one lookup serves them. Kept no longer than the batch: another instance may hold the subject's
     * segment next.
     */
    private static Map<String, Known> knownInThisBatch() {
        return CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(KNOWN_SUBJECTS, key -> new HashMap<String, Known>())
                : new HashMap<>();
    }

    @Override
    protected void clear() {
        super.clear();
        subjects.deleteMany(new Document());
    }

    /** One decision, whatever date it is as of: a decision once recorded is never changed. */
    public Optional<DecisionRow> decision(String eventId) {
        return changeLog.latest(eq(ChangeLog.ID, eventId)).map(row -> changeLog.as(row.get(ROW), DecisionRow.class));
    }

    /** The decisions taken by {@code asOf}, as recorded by {@code knownAt}, in the order they were taken. */
    public List<DecisionRow> decisions(PointInTime at, DecisionFilter filter) {
        return slice(at, filter, 0, Integer.MAX_VALUE).rows();
    }

    /** {@code limit} of those decisions from {@code offset} on, and how many there are in all. */
    public Slice slice(PointInTime at, DecisionFilter filter, long offset, int limit) {
        ChangeLog.Slice rows = changeLog.slice(at, filter.toRowFilter(), offset, limit);
        return new Slice(rows.total(), rows.rows().stream().map(row -> changeLog.as(row.get(ROW), DecisionRow.class)).toList());
    }

    /** A slice of the register: its rows and the number of decisions the filter matches. */
    public record Slice(long total, List<DecisionRow> rows) {
    }
}
