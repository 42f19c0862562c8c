package org.allianceledger.decisions;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.SourceRef;
import org.allianceledger.alliance.Subject;
import org.allianceledger.readmodel.Bitemporal;
import org.allianceledger.readmodel.StateInput;
import org.allianceledger.readmodel.StateOutput;

/**
 * A decision as the register files it, in as few bytes as a register of a million rows allows: its
 * row's outline as plain fields (values that repeat shared with other rows, no long text), the event's
 * id as two numbers where it is a UUID written canonically, its times as numbers, and its number in
 * the order rows were filed (the term index's). Rows, ids and instants as objects of their own, and
 * a map of ids to rows, took a fifth of the heap at a million decisions (114 of 560 MB).
 */
final class Filed implements Comparable<Filed> {

    private final long idHigh;
    private final long idLow;
    /** The event's id where it is not a UUID written canonically; null where the two numbers hold it. */
    private final String otherId;
    private final int number;
    private final LocalDate validFrom;
    private final long recordedSecond;
    private final int recordedNano;
    private final long sequence;
    private final long position;
    private final String decidedOn;
    private final DatePrecision precision;
    private final String recordedBy;
    private final String body;
    private final List<String> decidedBy;
    private final String kind;
    private final Subject subject;
    private final String function;
    private final String summary;
    private final SourceRef source;
    private final Nature nature;
    private final String subjectName;
    private final String functionName;

    /** Event {@code eventId}'s row, the {@code number}-th filed, at {@code time}, as {@code outline} gives it (its id and long text aside). */
    Filed(String eventId, int number, Bitemporal time, LocalDate validFrom, DecisionRow outline) {
        UUID uuid = uuid(eventId);
        this.idHigh = uuid == null ? 0 : uuid.getMostSignificantBits();
        this.idLow = uuid == null ? 0 : uuid.getLeastSignificantBits();
        this.otherId = uuid == null ? eventId : null;
        this.number = number;
        this.validFrom = validFrom;
        this.recordedSecond = time.recordedAt().getEpochSecond();
        this.recordedNano = time.recordedAt().getNano();
        this.sequence = time.sequence();
        this.position = time.position();
        this.decidedOn = outline.decidedOn();
        this.precision = outline.precision();
        this.recordedBy = outline.recordedBy();
        this.body = outline.body();
        this.decidedBy = outline.decidedBy();
        this.kind = outline.kind();
        this.subject = outline.subject();
        this.function = outline.function();
        this.summary = outline.summary();
        this.source = outline.source();
        this.nature = outline.nature();
        this.subjectName = outline.subjectName();
        this.functionName = outline.functionName();
    }

    private Filed(long idHigh, long idLow, String otherId, int number, LocalDate validFrom, long recordedSecond, int recordedNano,
                  long sequence, long position, String decidedOn, DatePrecision precision, String recordedBy, String body,
                  List<String> decidedBy, String kind, Subject subject, String function, String summary, SourceRef source, Nature nature,
                  String subjectName, String functionName) {
        this.idHigh = idHigh;
        this.idLow = idLow;
        this.otherId = otherId;
        this.number = number;
        this.validFrom = validFrom;
        this.recordedSecond = recordedSecond;
        this.recordedNano = recordedNano;
        this.sequence = sequence;
        this.position = position;
        this.decidedOn = decidedOn;
        this.precision = precision;
        this.recordedBy = recordedBy;
        this.body = body;
        this.decidedBy = decidedBy;
        this.kind = kind;
        this.subject = subject;
        this.function = function;
        this.summary = summary;
        this.source = source;
        this.nature = nature;
        this.subjectName = subjectName;
        this.functionName = functionName;
    }

    /** Writes this row for {@link #read} (the register's state). */
    void write(StateOutput out) throws IOException {
        out.number(idHigh);
        out.number(idLow);
        out.text(otherId);
        out.shared(validFrom);
        out.number(recordedSecond);
        out.number(recordedNano);
        out.number(sequence);
        out.number(position);
        out.shared(decidedOn);
        out.choice(precision);
        out.shared(recordedBy);
        out.shared(body);
        out.shared(decidedBy);
        out.shared(kind);
        out.shared(subject);
        out.shared(function);
        out.text(summary);
        out.shared(source);
        out.choice(nature);
        out.shared(subjectName);
        out.shared(functionName);
    }

    /** The {@code number}-th row, as {@link #write} wrote it. */
    static Filed read(StateInput in, int number) throws IOException {
        return new Filed(in.longNumber(), in.longNumber(), in.text(), number, in.shared(LocalDate.class), in.longNumber(), in.intNumber(),
                in.longNumber(), in.longNumber(), in.shared(String.class), in.choice(DatePrecision.values()), in.shared(String.class),
                in.shared(String.class), in.sharedTexts(), in.shared(String.class), in.shared(Subject.class), in.shared(String.class),
                in.text(), in.shared(SourceRef.class), in.choice(Nature.values()), in.shared(String.class), in.shared(String.class));
    }

    /** {@code eventId} as a UUID where it is one written canonically (as the ledger writes them), else null. */
    static UUID uuid(String eventId) {
        try {
            UUID uuid = UUID.fromString(eventId);
            return uuid.toString().equals(eventId) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether this row is event {@code eventId}'s, given that id {@linkplain #uuid as a UUID} (null where it is none). */
    boolean isOf(String eventId, UUID uuid) {
        return uuid == null ? eventId.equals(otherId)
                : otherId == null && idHigh == uuid.getMostSignificantBits() && idLow == uuid.getLeastSignificantBits();
    }

    /** Whether {@code other} is filed under the same id. */
    boolean sameId(Filed other) {
        return idHigh == other.idHigh && idLow == other.idLow && Objects.equals(otherId, other.otherId);
    }

    int idHash() {
        return otherId != null ? idHash(otherId, null) : spread(idHigh ^ idLow);
    }

    /** The hash of {@code eventId}, given it {@linkplain #uuid as a UUID} (null where it is none), as {@link #idHash} gives it. */
    static int idHash(String eventId, UUID uuid) {
        return spread(uuid == null ? eventId.hashCode() : uuid.getMostSignificantBits() ^ uuid.getLeastSignificantBits());
    }

    /** The bits spread, so that an open-addressed table's neighbouring slots hold unrelated ids. */
    private static int spread(long bits) {
        long mixed = bits * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    String id() {
        return otherId != null ? otherId : new UUID(idHigh, idLow).toString();
    }

    int number() {
        return number;
    }

    /** The row's outline: without its long text (rationale, the source's quote, the note, the date's inference). */
    DecisionRow outline() {
        return row(null, source, null, null);
    }

    /** The row whole: with the long text of the decision it was filed from (each null where it had none). */
    DecisionRow whole(String rationale, String quote, String note, String dateInferredFrom) {
        return row(rationale, source == null ? null : new SourceRef(source.document(), source.date(), source.paragraph(), quote), note,
                dateInferredFrom);
    }

    private DecisionRow row(String rationale, SourceRef source, String note, String dateInferredFrom) {
        return new DecisionRow(id(), decidedOn, precision, recordedAt(), recordedBy, body, decidedBy, kind, subject, function, summary,
                rationale, source, note, dateInferredFrom, nature, subjectName, functionName);
    }

    Bitemporal time() {
        return new Bitemporal(validFrom, recordedAt(), sequence, position);
    }

    private Instant recordedAt() {
        return Instant.ofEpochSecond(recordedSecond, recordedNano);
    }

    /** When it was recorded, as {@link ValidTimeColumns#instant} numbers. */
    long recorded() {
        return ValidTimeColumns.instant(recordedSecond, recordedNano);
    }

    LocalDate validFrom() {
        return validFrom;
    }

    long position() {
        return position;
    }

    String body() {
        return body;
    }

    List<String> decidedBy() {
        return decidedBy;
    }

    String kind() {
        return kind;
    }

    Subject subject() {
        return subject;
    }

    String function() {
        return function;
    }

    Nature nature() {
        return nature;
    }

    /**
     * In valid-time order, as {@link Bitemporal} orders times, without making them: the register sorts
     * its new rows at the next read, a million after a start, some twenty million comparisons.
     */
    @Override
    public int compareTo(Filed other) {
        int order = validFrom.compareTo(other.validFrom);
        if (order == 0) {
            order = Long.compare(recordedSecond, other.recordedSecond);
        }
        if (order == 0) {
            order = Integer.compare(recordedNano, other.recordedNano);
        }
        if (order == 0) {
            order = Long.compare(sequence, other.sequence);
        }
        return order != 0 ? order : Long.compare(position, other.position);
    }
}
