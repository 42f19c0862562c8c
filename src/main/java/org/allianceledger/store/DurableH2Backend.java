package org.allianceledger.store;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
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
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes",
            "drop", "create", "dropdatabase", "renamecollection");

    private final MVStore mvStore;
    private final boolean fsync;
    private final Set<String> durableCollections;
    private final AtomicLong writeTickets = new AtomicLong();
    private final Object commitLock = new Object();
    private long durableTicket;

    DurableH2Backend(MVStore mvStore, boolean fsync, Set<String> durableCollections) {
        super(mvStore);
        this.mvStore = mvStore;
        this.fsync = fsync;
        this.durableCollections = Set.copyOf(durableCollections);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document response = super.handleCommand(channel, databaseName, command, query);
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT)) && isDurable(query.get(command))) {
            makeDurable(writeTickets.incrementAndGet());
        }
        return response;
    }

    /** A write that names no collection (dropping a database) is made durable too. */
    private boolean isDurable(Object collection) {
        return !(collection instanceof String name) || durableCollections.contains(name);
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
