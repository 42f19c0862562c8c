package org.allianceledger.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.allianceledger.alliance.DatePrecision;
import org.allianceledger.alliance.Nature;
import org.allianceledger.alliance.Subject;
import org.allianceledger.readmodel.Bitemporal;
import org.junit.jupiter.api.Test;

class FiledIdsTest {

    private final List<Filed> rows = new ArrayList<>();
    private final FiledIds ids = new FiledIds(rows::get);

    private Filed file(String eventId) {
        Instant recorded = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(rows.size());
        DecisionRow outline = new DecisionRow(null, "2016", DatePrecision.YEAR, recorded, "recorder", null, List.of(), "kind",
                new Subject("function", "f"), null, "summary", null, null, null, null, Nature.DECISION, "f", null);
        Filed filed = new Filed(eventId, rows.size(), new Bitemporal(LocalDate.of(2016, 1, 1), recorded, 0, rows.size()),
                LocalDate.of(2016, 1, 1), outline);
        rows.add(filed);
        ids.add(filed);
        return filed;
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
