package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.Subject;
import org.allianceledger.readmodel.Bitemporal;
import org.junit.jupiter.api.Test;

class FiledIdsTest {

    private final List<Filed> rows = new ArrayList<>();
    private final FiledIds ids = new FiledIds(rows::get);

    private Filed file(String eventId) {
        Filed filed = filed(eventId, rows.size());
        rows.add(filed);
        ids.add(filed);
        return filed;
    }

    private static Filed filed(String eventId, int number) {
        Instant recorded = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(number);
        DecisionRow outline = new DecisionRow(null, "2016", DatePrecision.YEAR, recorded, "recorder", null, List.of(), "kind",
                new Subject("function", "f"), null, "summary", null, null, null, null, Nature.DECISION, "f", null);
        return new Filed(eventId, number, new Bitemporal(LocalDate.of(2016, 1, 1), recorded, 0, number), LocalDate.of(2016, 1, 1), outline);
    }

    @Test
    void rowsCompareAsTheirTimesDo() {
        Random random = new Random(11);
        List<Filed> filed = IntStream.range(0, 2_000).mapToObj(n -> {
            Instant recorded = Instant.ofEpochSecond(1_700_000_000L + random.nextInt(3), random.nextInt(3));
            DecisionRow outline = new DecisionRow(null, "2016", DatePrecision.YEAR, recorded, "recorder", null, List.of(), "kind",
                    new Subject("function", "f"), null, "summary", null, null, null, null, Nature.DECISION, "f", null);
            LocalDate validFrom = LocalDate.of(2016, 1, 1 + random.nextInt(3));
            return new Filed(UUID.randomUUID().toString(), n, new Bitemporal(validFrom, recorded, random.nextInt(3), random.nextInt(3)),
                    validFrom, outline);
        }).toList();
        for (int n = 1; n < filed.size(); n++) {
            Filed one = filed.get(n - 1);
            Filed other = filed.get(n);
            assertThat(Integer.signum(one.compareTo(other))).as("row %d against %d", n - 1, n)
                    .isEqualTo(Integer.signum(one.time().compareTo(other.time())));
        }
    }

    @Test
    void readersFindEachRowFiledBeforeThemAndNoOtherWhileOneThreadFiles() throws Exception {
        Appended<Filed> filedRows = new Appended<>();
        FiledIds filedIds = new FiledIds(filedRows::get);
        List<String> eventIds = IntStream.range(0, 200_000).mapToObj(n -> UUID.randomUUID().toString()).toList();
        AtomicInteger filedSoFar = new AtomicInteger();
        Thread filer = Thread.ofPlatform().start(() -> {
            for (int n = 0; n < eventIds.size(); n++) {
                Filed filed = filed(eventIds.get(n), n);
                filedRows.add(filed); // as the register files: the row first, then its id
                filedIds.add(filed);
                filedSoFar.set(n + 1);
            }
        });
        Random random = new Random(7);
        for (int reads = 0; filer.isAlive() || reads < 10_000; reads++) {
            int filed = filedSoFar.get();
            if (filed > 0) {
                int n = random.nextInt(filed);
                assertThat(filedIds.get(eventIds.get(n))).map(Filed::number).contains(n);
            }
            assertThat(filedIds.get(UUID.randomUUID().toString())).isEmpty();
        }
        filer.join();
    }

    @Test
    void everyRowIsFoundByItsIdThroughManyGrowths() {
        List<String> filed = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            // Mostly UUIDs as the ledger writes them; some ids of other forms, as imported records may carry.
            filed.add(i % 7 == 0 ? "event-" + i : UUID.randomUUID().toString());
            file(filed.get(i));
        }

        for (int i = 0; i < filed.size(); i++) {
            Filed found = ids.get(filed.get(i)).orElseThrow();
            assertThat(found.number()).isEqualTo(i);
            assertThat(found.id()).isEqualTo(filed.get(i));
        }
    }

    @Test
    void anIdIsFoundOnlyAsItWasWritten() {
        String uuid = UUID.randomUUID().toString();
        file(uuid);
        file("event-1");
        file("Aa"); // two ids of one hash
        file("BB");

        assertThat(ids.get(uuid)).isPresent();
        assertThat(ids.get("Aa").orElseThrow().number()).isEqualTo(2);
        assertThat(ids.get("BB").orElseThrow().number()).isEqualTo(3);
        assertThat(ids.get(uuid.toUpperCase(Locale.ROOT))).isEmpty();
        assertThat(ids.get(UUID.randomUUID().toString())).isEmpty();
        assertThat(ids.get("event-2")).isEmpty();
        assertThat(ids.get("")).isEmpty();
    }

    @Test
    void anIdFiledAgainIsFoundAtItsLatestRow() {
        String uuid = UUID.randomUUID().toString();
        file(uuid);
        file("other");
        file(uuid);

        assertThat(ids.get(uuid).orElseThrow().number()).isEqualTo(2);
        assertThat(ids.get("other").orElseThrow().number()).isEqualTo(1);
    }
}
