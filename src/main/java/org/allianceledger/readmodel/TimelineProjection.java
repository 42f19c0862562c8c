package org.allianceledger.readmodel;

import java.util.List;

import org.allianceledger.store.OwnedCollection;
import org.axonframework.eventhandling.ResetHandler;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;

/** A projection that owns one {@link Timeline} collection: it creates its indexes and empties it before a replay. */
public abstract class TimelineProjection implements OwnedCollection {

    protected final Timeline timeline;

    protected TimelineProjection(MongoDatabase database, String collection) {
        this.timeline = new Timeline(database, collection);
    }

    @ResetHandler
    void reset() {
        clear();
    }

    /** Empties what the projection owns, before a replay; a projection with more than its timeline empties that too. */
    protected void clear() {
        timeline.clear();
    }

    @Override
    public String name() {
        return timeline.name();
    }

    @Override
    public List<IndexModel> indexes() {
        return timeline.indexes();
    }
}
