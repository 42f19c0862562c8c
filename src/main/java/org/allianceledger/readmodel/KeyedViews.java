package org.allianceledger.readmodel;

import java.io.IOException;
import java.util.List;

/** A view made of keyed views: its state is theirs, one after another. */
public interface KeyedViews extends ViewState {

    /** The keyed views, always in the same order. */
    List<KeyedView<?, ?>> keyedViews();

    @Override
    default void writeState(StateOutput out) throws IOException {
        for (KeyedView<?, ?> view : keyedViews()) {
            view.write(out);
        }
    }

    @Override
    default void readState(StateInput in) throws IOException {
        for (KeyedView<?, ?> view : keyedViews()) {
            view.read(in);
        }
    }
}
