package org.allianceledger.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, changed so that a write is answered only after the MVStore
 * has committed it (and, with {@code fsync}, forced it to the device). The stock backend commits
 * about once a second, so a {@code kill -9} loses writes that clients were told had succeeded.
 *
 * <p>Only writes to the collections named durable (the events, and what a retried command relies on)
 * wait for a commit of their own. Read models and tokens are rebuilt from the events, so their writes
 * ride on the next commit (the engine's own, within a second, or an event's): MVStore commits
 * versions of the whole store in order, so after a crash the rows and the tokens that cover them
 * come back together, or are replayed.
 *
 * <p>Commits are grouped: a writer takes a ticket once its change is in memory; whoever commits
 * next covers every ticket issued before the commit started, so concurrent writers share one
 * commit and one fsync.
 *
 * <p>A query by a list of ids is answered from the document map (see {@link IdLookupCollection}), and
 * unique indexes compare their keys from kept bytes ({@link IndexKeyOrder}).
 */
final class DurableH2Backend extends H2Backend {

    private static final String IN = "$in";
    /** One for every store: the stock backend's constructor opens the stored databases before this class's fields are set. */
    private static final IndexKeyOrder INDEX_KEY_ORDER = new IndexKeyOrder();
    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes",
            "drop", "create", "dropdatabase", "renamecollection");

    private final MVStore mvStore;
    private final boolean fsync;
    private final Set<String> durableCollections;
    private final StoreHeads heads;
    private final AtomicLong writeTickets = new AtomicLong();
    private final Object commitLock = new Object();
    private long durableTicket;

    DurableH2Backend(MVStore mvStore, boolean fsync, Set<String> durableCollections, StoreHeads heads) {
        super(mvStore);
        this.mvStore = mvStore;
        this.fsync = fsync;
        this.durableCollections = Set.copyOf(durableCollections);
        this.heads = heads;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document response;
        try {
            response = super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException e) {
            heads.served(databaseName, command, query, new Document("ok", 0)); // refused, perhaps after some of it was written
            throw e;
        }
        if (isDurable(query.get(command))) {
            makeDurable(writeTickets.incrementAndGet());
        }
        heads.served(databaseName, command, query, response);
        return response;
    }

    /** A write that names no collection (dropping a database) is made durable too. */
    private boolean isDurable(Object collection) {
        return !(collection instanceof String name) || durableCollections.contains(name);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IdLookupDatabase(databaseName);
    }

    /** The stock H2 maps of each collection (their names are the stock backend's), opened as {@link IdLookupCollection}s. */
    private final class IdLookupDatabase extends H2Database {

        IdLookupDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** The stock index on its stock map, opened here first with {@link IndexKeyOrder} (the stock database then finds it open). */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            getMvStore().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                    new MVMap.Builder<KeyValue, Object>().keyType(INDEX_KEY_ORDER));
            return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            return new IdLookupCollection(this, collectionName, options, getMvStore().openMap("databases." + namespace),
                    getMvStore().openMap("meta." + namespace));
        }
    }

    /**
     * Answers a query by a list of ids ({@code _id $in [...]}, how every whole-store and tracking read
     * asks) from the document map, which is keyed by the id itself. The stock engine goes through the
     * {@code _id} index, whose keys the MVStore compares by serializing them (with the stock key type,
     * about 30 µs a lookup: a read by id seven times slower than one cursor over the same documents),
     * and then matches each document against the whole list again. An id not found as given (stored as
     * another numeric type, or absent) is looked up the stock way, so the answer is the same.
     */
    private final class IdLookupCollection extends H2Collection {

        IdLookupCollection(MongoDatabase database, String name, CollectionOptions options,
                           MVMap<Object, Document> data, MVMap<String, Object> meta) {
            super(database, name, options, data, meta, getCursorRegistry());
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                             Document fieldSelector) {
            if (!(idList(query) instanceof Collection<?> ids)) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            List<Document> found = new ArrayList<>();
            List<Object> notFound = new ArrayList<>();
            for (Object id : new LinkedHashSet<>(ids)) {
                Document document = getDocument(id);
                if (document == null) {
                    notFound.add(id);
                } else {
                    found.add(document);
                }
            }
            if (!notFound.isEmpty()) {
                super.queryDocuments(new Document(getIdField(), new Document(IN, notFound)), null, 0, 0, 0, null).forEach(found::add);
            }
            return matchDocumentsFromStream(found.stream(), new Document(), orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** The ids of a query by {@code _id $in} over plain numbers or strings and nothing else; null for any other query. */
        private Collection<?> idList(Document query) {
            return query.size() == 1 && query.get(getIdField()) instanceof Document condition && condition.size() == 1
                    && condition.get(IN) instanceof Collection<?> ids
                    && ids.stream().allMatch(id -> id instanceof Number || id instanceof String) ? ids : null;
        }
    }

    private void makeDurable(long ticket) {
        synchronized (commitLock) {
            if (durableTicket >= ticket) {
                return;
            }
            long coveredUpTo = writeTickets.get();
            mvStore.commit();
            if (fsync) {
                mvStore.sync();
            }
            durableTicket = coveredUpTo;
        }
    }
}
