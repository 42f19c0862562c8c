package org.allianceledger.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;

/**
 * The read models write a batch of events' rows in one request per collection, not one per row: a
 * replay makes a round trip per hundred events instead of per event. The rows are written while the
 * batch's last event is handled, so before its unit of work stores the token (registered first, it
 * runs first at commit): a token never covers rows that are not written. A handler that reads rows
 * back writes the pending ones first ({@link #flushPending()}).
 */
final class BatchedWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String PENDING = BatchedWrites.class.getName() + ".pending";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Pending pending = unitOfWork.root().getOrComputeResource(PENDING, key -> new Pending());
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            pending.flush();
        }
        return result;
    }

    /** Keeps the row for the batch's write if a batch is being handled; otherwise the caller writes it now. */
    static boolean keep(MongoCollection<Document> collection, Document row) {
        Optional<Pending> pending = pending();
        pending.ifPresent(batch -> batch.replace(collection, row));
        return pending.isPresent();
    }

    /** Writes the current batch's pending rows now. */
    static void flushPending() {
        pending().ifPresent(Pending::flush);
    }

    private static Optional<Pending> pending() {
        return CurrentUnitOfWork.isStarted() ? Optional.ofNullable(CurrentUnitOfWork.get().root().getResource(PENDING))
                : Optional.empty();
    }

    /** Rows by collection and id: a row replaced twice in one batch is written once, as it ended. */
    private static final class Pending {

        private final Map<MongoCollection<Document>, Map<Object, Document>> rows = new LinkedHashMap<>();

        void replace(MongoCollection<Document> collection, Document row) {
            rows.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(row.get(ChangeLog.ID), row);
        }

        void flush() {
            rows.forEach((collection, byId) -> {
                List<WriteModel<Document>> writes = byId.entrySet().stream()
                        .<WriteModel<Document>>map(row -> new ReplaceOneModel<>(new Document(ChangeLog.ID, row.getKey()), row.getValue(), UPSERT))
                        .toList();
                collection.bulkWrite(writes, UNORDERED);
            });
            rows.clear();
        }
    }
}
