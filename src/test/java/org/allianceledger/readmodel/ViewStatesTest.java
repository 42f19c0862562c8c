package org.allianceledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views' states read back where this build wrote them, for the event they cover; not another build's, nor a file cut short. */
class ViewStatesTest {

    @TempDir
    Path dir;

    /** A view whose state is a number and a text. */
    static final class Tally implements ViewState {

        int count;
        String last;

        @Override
        public void writeState(StateOutput out) throws IOException {
            out.count(count);
            out.text(last);
        }

        @Override
        public void readState(StateInput in) throws IOException {
            count = in.count();
            last = in.text();
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
        new ViewStates(file(), List.of(tally(1_000_000, "décision")), "types").write(41, "event-41");
        Tally read = new Tally();

        ViewStates.Loading loading = new ViewStates(file(), List.of(read), "types").load();
        loading.await();

        assertThat(loading.position()).isEqualTo(41);
        assertThat(loading.eventId()).isEqualTo("event-41");
        assertThat(read.count).isEqualTo(1_000_000);
        assertThat(read.last).isEqualTo("décision");
    }

    @Test
    void statesWrittenWithOtherEventTypesAreNotRead() {
        new ViewStates(file(), List.of(tally(3, "x")), "types").write(2, "event-2");

        assertThat(new ViewStates(file(), List.of(new Tally()), "other types").load()).isNull();
        assertThat(new ViewStates(dir.resolve("none"), List.of(new Tally()), "types").load()).isNull();
    }

    @Test
    void statesCutShortAreStale() throws IOException {
        new ViewStates(file(), List.of(tally(3, "a longer text than the header holds")), "types").write(2, "event-2");
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length - 10));

        ViewStates.Loading loading = new ViewStates(file(), List.of(new Tally()), "types").load();

        assertThatThrownBy(loading::await).isInstanceOf(ViewStates.Stale.class).hasMessageStartingWith("they could not be read");
    }
}
