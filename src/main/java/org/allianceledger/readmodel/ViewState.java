package org.allianceledger.readmodel;

import java.io.IOException;

/**
 * A view that keeps its state in a file of its own beside the read-models snapshot, so that a start
 * loads it instead of folding every event into it again. Written when the service stops (the
 * processor stopped), with the position of the last event it holds; a start loads it while the other
 * views fold the snapshot's events, and gives it only the events after that position. A state written
 * by another build of the service is not read: the view is folded from the events, by the running code.
 */
public interface ViewState {

    /** Writes the view as it stands. */
    void writeState(StateOutput out) throws IOException;

    /** Replaces the view with what {@link #writeState} wrote. */
    void readState(StateInput in) throws IOException;
}
