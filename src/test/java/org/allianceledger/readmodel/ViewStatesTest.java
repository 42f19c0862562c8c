package org.allianceledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.allianceledger.store.LedgerSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views' states read back where this build wrote them, for the event they cover; not another build's, nor a file cut short. */
class ViewStatesTest {

    @TempDir
    Path dir;

    /** A view whose state is a number and a text, the text both as its own and as a shared value. */
    static final class Tally implements ViewState {

        int count;
        String last;
        /** The last text again, as a value shared within the view's state. */
        String shared;

        @Override
        public void writeState(StateOutput out) throws IOException {
            out.count(count);
            out.text(last);
            out.shared(last);
        }

        @Override
        public void readState(StateInput in) throws IOException {
            count = in.count();
            last = in.text();
            shared = in.shared(String.class);
        }
    }

    private Path file() {
        return dir.resolve("read-models.snapshot.states");
    }

    private static Tally tally(int count, String last) {
        Tally tally = new Tally();
        tally.count = count;
        tally.last = last;
        return tally;
    }

    @Test
    void aStateReadsBackForTheEventItCovers() {
        new ViewStates(file(), List.of(tally(1_000_000, "décision")), "types", LedgerSerializer.JSON).write(41, "event-41", new ViewStates.Place(7041, 41));
        Tally read = new Tally();

        ViewStates.Loading loading = new ViewStates(file(), List.of(read), "types", LedgerSerializer.JSON).load();
        loading.await();

        assertThat(loading.position()).isEqualTo(41);
        assertThat(loading.eventId()).isEqualTo("event-41");
        assertThat(loading.place()).isEqualTo(new ViewStates.Place(7041, 41));
        assertThat(read.count).isEqualTo(1_000_000);
        assertThat(read.last).isEqualTo("décision");
    }

    @Test
    void eachViewsSharedValuesAreItsOwn() {
        new ViewStates(file(), List.of(tally(1, "board"), tally(2, "board")), "types", LedgerSerializer.JSON).write(5, "event-5", new ViewStates.Place(7005, 5));
        Tally first = new Tally();
        Tally second = new Tally();

        new ViewStates(file(), List.of(first, second), "types", LedgerSerializer.JSON).load().await();

        assertThat(List.of(first.count, second.count)).containsExactly(1, 2);
        assertThat(first.shared).isEqualTo("board");
        assertThat(second.shared).isEqualTo("board");
    }

    @Test
    void statesWrittenWithOtherEventTypesAreNotRead() {
        new ViewStates(file(), List.of(tally(3, "x")), "types", LedgerSerializer.JSON).write(2, "event-2", new ViewStates.Place(7002, 2));

        assertThat(new ViewStates(file(), List.of(new Tally()), "other types", LedgerSerializer.JSON).load()).isNull();
        assertThat(new ViewStates(dir.resolve("none"), List.of(new Tally()), "types", LedgerSerializer.JSON).load()).isNull();
    }

    @Test
    void statesCutShortAreStale() throws IOException {
        new ViewStates(file(), List.of(tally(3, "a longer text than the header holds")), "types", LedgerSerializer.JSON).write(2, "event-2", new ViewStates.Place(7002, 2));
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length - 10));

        ViewStates.Loading loading = new ViewStates(file(), List.of(new Tally()), "types", LedgerSerializer.JSON).load();

        assertThatThrownBy(loading::await).isInstanceOf(ViewStates.Stale.class).hasMessageStartingWith("they could not be read");
    }
}
