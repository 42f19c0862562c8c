package org.allianceledger.decisions;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;

import org.allianceledger.readmodel.PointInTime;

/**
 * The register's rows in valid-time order, with the times a read tests as columns of numbers beside
 * them: a read runs down the columns and touches only the rows it keeps. Rows are appended as they
 * are filed, in any order of time; the columns take them in, merged, at the next read.
 */
final class ValidTimeColumns {

    private static final Comparator<Filed> VALID_TIME_ORDER = Comparator.naturalOrder();

    private final Appended<Filed> filed = new Appended<>();
    private volatile Columns columns = new Columns(0, new Filed[0], new long[0], new long[0], new long[0]);

    /**
     * The first {@code covers} rows filed, in valid-time order: each one's row, the first day its
     * decision's date could mean (epoch day), when it was recorded and its position (both as {@link #instant} numbers).
     */
    record Columns(int covers, Filed[] rows, long[] day, long[] recorded, long[] position) {

        int size() {
            return rows.length;
        }
    }

    /** Files {@code row}, the next in number. */
    void add(Filed row) {
        filed.add(row);
    }

    /** The count of rows filed: the next one's number. */
    int size() {
        return filed.size();
    }

    /** Row {@code number}, in the order rows were filed. */
    Filed get(int number) {
        return filed.get(number);
    }

    /**
     * {@code limit} of the rows visible at {@code at} that {@code filter} keeps (all when it is null),
     * from {@code offset} on, and how many there are in all.
     */
    DecisionRegister.Matching slice(PointInTime at, Predicate<Filed> filter, long offset, int limit) {
        Columns columns = columns();
        long asOf = at.asOf().toEpochDay();
        long knownAt = instant(at.knownAt());
        long through = at.through();
        DecisionRegister.Paging paging = new DecisionRegister.Paging(offset, limit);
        // In valid-time order: past the asOf date nothing more is visible.
        for (int i = 0; i < columns.size() && columns.day()[i] <= asOf; i++) {
            if (columns.recorded()[i] <= knownAt && columns.position()[i] <= through
                    && (filter == null || filter.test(columns.rows()[i]))) {
                paging.count(columns.rows()[i]);
            }
        }
        return paging.matching();
    }

    /** The columns with every row filed so far. */
    Columns columns() {
        Columns current = columns;
        if (current.covers() == filed.size()) {
            return current;
        }
        synchronized (this) {
            current = columns;
            int size = filed.size();
            if (current.covers() < size) {
                columns = merged(current, size);
            }
            return columns;
        }
    }

    /** {@code current} with the rows filed since merged in: the columns of the rows it has are copied, not worked out again. */
    private Columns merged(Columns current, int size) {
        Filed[] added = new Filed[size - current.covers()];
        for (int i = 0; i < added.length; i++) {
            added[i] = filed.get(current.covers() + i);
        }
        Arrays.sort(added, VALID_TIME_ORDER);
        int total = current.size() + added.length;
        Filed[] rows = new Filed[total];
        long[] day = new long[total];
        long[] recorded = new long[total];
        long[] position = new long[total];
        int a = 0;
        int c = 0;
        int i = 0;
        while (a < added.length) {
            Filed row = added[a++];
            int before = before(current.rows(), c, row);
            copy(current, c, rows, day, recorded, position, i, before - c);
            i += before - c;
            c = before;
            rows[i] = row;
            day[i] = row.validFrom().toEpochDay();
            recorded[i] = row.recorded();
            position[i++] = row.position();
        }
        copy(current, c, rows, day, recorded, position, i, current.size() - c);
        return new Columns(size, rows, day, recorded, position);
    }

    /** The first of {@code rows} from {@code from} on that sorts after {@code row}, by halving: they are sorted. */
    private static int before(Filed[] rows, int from, Filed row) {
        int low = from;
        int high = rows.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (VALID_TIME_ORDER.compare(rows[middle], row) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static void copy(Columns from, int at, Filed[] rows, long[] day, long[] recorded, long[] position, int to, int count) {
        System.arraycopy(from.rows(), at, rows, to, count);
        System.arraycopy(from.day(), at, day, to, count);
        System.arraycopy(from.recorded(), at, recorded, to, count);
        System.arraycopy(from.position(), at, position, to, count);
    }

    /** An instant as nanoseconds since the epoch, held to the range of a long (reads may ask for the years 0001 to 9999). */
    static long instant(Instant instant) {
        return instant(instant.getEpochSecond(), instant.getNano());
    }

    /** {@link #instant(Instant)}, of its seconds since the epoch and nanoseconds. */
    static long instant(long epochSecond, int nano) {
        try {
            return Math.addExact(Math.multiplyExact(epochSecond, 1_000_000_000L), nano);
        } catch (ArithmeticException e) {
            return epochSecond < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
