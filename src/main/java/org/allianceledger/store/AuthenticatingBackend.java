package org.allianceledger.store;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;

/**
 * The embedded engine's backend behind a sign-in, because mongo-java-server has none: a connection
 * must authenticate with SCRAM-SHA-256 as the store's user before any command but the handshake is
 * served. Others get MongoDB's own "Unauthorized" (code 13), and the first refusal on each
 * connection is logged with the client's address.
 */
final class AuthenticatingBackend implements MongoBackend {

    private static final Logger log = LoggerFactory.getLogger(AuthenticatingBackend.class);

    /** The handshake: a driver must learn the server's wire version and mechanisms before it can sign in. */
    private static final Set<String> BEFORE_AUTHENTICATION = Set.of("hello", "ismaster");
    private static final String MECHANISM = "SCRAM-SHA-256";
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;
    private static final int CONVERSATION_ID = 1;

    /**
     * Per connection: the exchange under way, {@link #SIGNED_IN}, or {@link #REFUSED} once a refusal has
     * been logged (one line per connection, not per command); the attribute dies with the connection.
     */
    private static final AttributeKey<Object> STATE = AttributeKey.valueOf(AuthenticatingBackend.class.getName());
    private static final Object SIGNED_IN = new Object();
    private static final Object REFUSED = new Object();

    private final MongoBackend delegate;
    private final ScramSha256Server scram;
    private final String username;

    AuthenticatingBackend(MongoBackend delegate, ScramSha256Server scram, String username) {
        this.delegate = delegate;
        this.scram = scram;
        this.username = username;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document body = message.getDocument();
        String command = body.keySet().iterator().next();
        return answer(message.getChannel(), command, body, () -> delegate.handleMessage(message));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return answer(channel, command, query, () -> delegate.handleCommand(channel, database, command, query));
    }

    private Document answer(Channel channel, String command, Document body, Supplier<Document> served) {
        String name = command.toLowerCase(Locale.ROOT);
        switch (name) {
            case "saslstart":
                return saslStart(channel, body);
            case "saslcontinue":
                return saslContinue(channel, body);
            default:
                if (signedIn(channel)) {
                    return served.get();
                }
                if (BEFORE_AUTHENTICATION.contains(name)) {
                    return offerMechanism(served.get(), body);
                }
                return refuse(channel, command);
        }
    }

    /** Lets a client that names no mechanism negotiate, as MongoDB answers {@code saslSupportedMechs}. */
    private Document offerMechanism(Document hello, Document request) {
        if (request.containsKey("saslSupportedMechs")) {
            hello.put("saslSupportedMechs", List.of(MECHANISM));
        }
        return hello;
    }

    private Document saslStart(Channel channel, Document body) {
        if (!MECHANISM.equals(body.get("mechanism"))) {
            return failed(channel, "mechanism " + body.get("mechanism") + " is not offered, only " + MECHANISM);
        }
        try {
            ScramSha256Server.Exchange exchange = scram.start(payload(body));
            channel.attr(STATE).set(exchange);
            return reply(false, exchange.serverFirstMessage());
        } catch (ScramSha256Server.AuthenticationFailure e) {
            return failed(channel, e.getMessage());
        }
    }

    private Document saslContinue(Channel channel, Document body) {
        if (!(channel.attr(STATE).get() instanceof ScramSha256Server.Exchange exchange)) {
            return failed(channel, "saslContinue without saslStart");
        }
        try {
            byte[] serverFinal = exchange.finish(payload(body));
            channel.attr(STATE).set(SIGNED_IN);
            return reply(true, serverFinal);
        } catch (ScramSha256Server.AuthenticationFailure e) {
            return failed(channel, e.getMessage());
        }
    }

    private static byte[] payload(Document body) {
        if (body.get("payload") instanceof BinData data) {
            return data.getData();
        }
        throw new ScramSha256Server.AuthenticationFailure("no binary payload");
    }

    private static Document reply(boolean done, byte[] payload) {
        return new Document("conversationId", CONVERSATION_ID).append("done", done)
                .append("payload", new BinData(payload)).append("ok", 1);
    }

    private Document failed(Channel channel, String reason) {
        channel.attr(STATE).set(null);
        log.warn("Store: authentication as {} failed from {} ({})", username, channel.remoteAddress(), reason);
        return error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    private Document refuse(Channel channel, String command) {
        if (channel.attr(STATE).getAndSet(REFUSED) != REFUSED) {
            log.warn("Store: refused {} from {}, which has not authenticated as {}", command, channel.remoteAddress(), username);
        }
        return error(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
    }

    /** An answer, not an exception: the engine would log an exception with a stack trace, or close the connection. */
    private static Document error(int code, String codeName, String message) {
        return new Document("ok", 0).append("errmsg", message).append("code", code).append("codeName", codeName);
    }

    private static boolean signedIn(Channel channel) {
        return channel.attr(STATE).get() == SIGNED_IN;
    }

    /** Legacy OP_QUERY reads of a collection: no driver this service supports sends them, but they read data. */
    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireSignedIn(query.getChannel());
        return delegate.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireSignedIn(query.getChannel());
        return delegate.getCurrentOperations(query);
    }

    private static void requireSignedIn(Channel channel) {
        if (!signedIn(channel)) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "requires authentication");
        }
    }

    @Override
    public void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public void dropDatabase(String database) {
        delegate.dropDatabase(database);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
