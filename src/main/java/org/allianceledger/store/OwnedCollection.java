package org.allianceledger.store;

import java.util.List;

import com.mongodb.client.model.IndexModel;

/**
 * A MongoDB collection the service owns (a read model, a lookup) and the indexes it needs. Each
 * owner declares one as a bean; {@link CollectionIndexes} creates them all at start-up.
 */
public interface OwnedCollection {

    String name();

    List<IndexModel> indexes();
}
