package org.allianceledger.readmodel;

import static com.mongodb.client.model.Filters.eq;

import java.util.List;

import org.allianceledger.store.OwnedCollection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.ReplaceOptions;

/**
 * The read models' checkpoint, kept in the database so every instance sees it: the ids of the
 * events the read models have taken in. It handles each event after every projection has (Axon
 * orders a processing group's handlers by {@code @Order}), so an id here means all of them are done.
 */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
@Order(Ordered.LOWEST_PRECEDENCE)
class ProcessedEvents implements OwnedCollection {

    static final String COLLECTION = "read_model_checkpoint";

    private final MongoCollection<Document> collection;

    ProcessedEvents(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        Document row = new Document("_id", message.getIdentifier());
        collection.replaceOne(eq("_id", message.getIdentifier()), row, new ReplaceOptions().upsert(true));
    }

    @ResetHandler
    void reset() {
        collection.deleteMany(new Document());
    }

    boolean contains(String eventId) {
        return collection.find(eq("_id", eventId)).first() != null;
    }

    long count() {
        return collection.countDocuments();
    }

    @Override
    public String name() {
        return COLLECTION;
    }

    @Override
    public List<IndexModel> indexes() {
        return List.of();
    }
}
