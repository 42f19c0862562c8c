package org.allianceledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.junit.jupiter.api.Test;

/** Events given to the views directly, as a start and a replay do: each to the views that take its type, in order. */
class ViewsTest {

    record Recorded(String what) {
    }

    record Withdrawn(String what) {
    }

    static class Everything {
        final List<String> seen = new ArrayList<>();

        @EventHandler
        void on(Recorded event) {
            seen.add("recorded " + event.what());
        }

        @EventHandler
        void on(Withdrawn event) {
            seen.add("withdrawn " + event.what());
        }

        @ResetHandler
        void reset() {
            seen.clear();
        }
    }

    static class RecordedOnlyAndFailingOnB {
        final List<String> seen = new ArrayList<>();

        @EventHandler
        void on(Recorded event) {
            if (event.what().equals("b")) {
                throw new IllegalStateException("cannot take b");
            }
            seen.add(event.what());
        }
    }

    @Test
    void eachEventGoesToTheViewsThatTakeItAndOneViewFailingStopsNoOther() {
        Everything everything = new Everything();
        RecordedOnlyAndFailingOnB recordedOnly = new RecordedOnlyAndFailingOnB();
        Views views = new Views(List.of(everything, recordedOnly));
        assertThat(views.allKeepState()).as("neither keeps a state: a start reads every line of the snapshot").isFalse();

        for (Object payload : List.of(new Recorded("a"), new Withdrawn("a"), new Recorded("b"), new Recorded("c"), "not an event of theirs")) {
            views.fold(GenericEventMessage.asEventMessage(payload));
        }

        assertThat(everything.seen).containsExactly("recorded a", "withdrawn a", "recorded b", "recorded c");
        assertThat(recordedOnly.seen).containsExactly("a", "c");

        views.reset();
        assertThat(everything.seen).isEmpty();
    }
}
