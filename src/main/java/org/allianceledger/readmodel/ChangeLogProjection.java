package org.allianceledger.readmodel;

import java.util.List;

import org.allianceledger.store.OwnedCollection;
import org.axonframework.eventhandling.ResetHandler;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;

/** A projection that owns one {@link ChangeLog} collection: it creates its indexes and empties it before a replay. */
public abstract class ChangeLogProjection implements OwnedCollection {

    protected final ChangeLog changeLog;

    protected ChangeLogProjection(MongoDatabase database, String collection) {
        this.changeLog = new ChangeLog(database, collection);
    }

    @ResetHandler
    void reset() {
        clear();
    }

    /** Empties what the projection owns, before a replay; a projection with more than its change log empties that too. */
    protected void clear() {
        changeLog.clear();
    }

    @Override
    public String name() {
        return changeLog.name();
    }

    @Override
    public List<IndexModel> indexes() {
        return changeLog.indexes();
    }
}
