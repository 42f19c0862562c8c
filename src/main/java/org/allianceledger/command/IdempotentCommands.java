package org.allianceledger.command;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.allianceledger.store.LedgerSerializer;
import org.allianceledger.store.OwnedCollection;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

/**
 * Commands sent with an {@code Idempotency-Key}: the first is recorded, a retry with the same key
 * and the same command answers what the first answered and records nothing, and the same key with
 * a different command is a conflict. Keys are the recorder's own: two recorders may use the same.
 * The key is claimed in MongoDB before the command runs, so parallel retries on any instance
 * sharing the database wait for the one that claimed it. A claim older than the wait belongs to a
 * process that died: a retry answers from the events recorded under the key, or records the command.
 * The history loader records each entry of a history file this way, under the entry's id.
 */
@Component
public class IdempotentCommands implements OwnedCollection {

    public static final String HEADER = "Idempotency-Key";
    private static final String STATE = "state";
    private static final String PENDING = "pending";
    private static final String DONE = "done";
    private static final String FINGERPRINT = "fingerprint";
    private static final String CLAIMED_AT = "claimedAt";
    private static final String AGGREGATE_ID = "aggregateId";
    private static final String VERSION = "version";
    private static final long POLL_MILLIS = 10;

    private final MongoCollection<Document> keys;
    private final MongoTemplate store;
    private final EventEntryConfiguration eventFields = EventEntryConfiguration.getDefault();
    private final Duration wait;

    IdempotentCommands(MongoDatabase database, MongoTemplate store, @Value("${ledger.commands.idempotency-wait}") Duration wait) {
        this.keys = database.getCollection(name());
        this.store = store;
        this.wait = wait;
    }

    /** What the command answered, and whether this answer repeats an earlier one. */
    public record Answer(CommandOutcome outcome, boolean replayed) {
    }

    public Answer once(String recorder, String key, Object command, Supplier<CommandOutcome> record) {
        String id = claimId(recorder, RecordingMetadata.clientId(HEADER, key));
        String fingerprint = fingerprint(command);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Document first = claimOrFind(id, fingerprint);
            if (first == null) {
                return new Answer(recordClaimed(id, record), false);
            }
            if (!fingerprint.equals(first.getString(FINGERPRINT))) {
                throw new IdempotencyConflictException("The " + HEADER + " '" + key + "' was used before with a different command");
            }
            if (DONE.equals(first.getString(STATE))) {
                return new Answer(new CommandOutcome(first.getString(AGGREGATE_ID), first.get(VERSION, Number.class).longValue()), true);
            }
            if (isStale(first)) {
                // The first claimant died: either after recording (its events carry the key) or before.
                Optional<CommandOutcome> recorded = recordedUnder(recorder, key);
                if (recorded.isPresent()) {
                    markDone(id, recorded.get());
                    return new Answer(recorded.get(), true);
                }
                if (takeOver(id, first.getDate(CLAIMED_AT))) {
                    return new Answer(recordClaimed(id, record), false);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IdempotencyConflictException("The command with " + HEADER + " '" + key + "' is still being recorded; retry later");
            }
            sleep();
        }
    }

    /** How far the commands under some keys of one recorder have come: how many keys are claimed, and how many of those recorded. */
    public record Progress(int claimed, int recorded) {
    }

    /** One query by {@code _id}, served by its index on every engine. */
    public Progress progress(String recorder, Collection<String> commandKeys) {
        List<String> ids = commandKeys.stream().map(key -> claimId(recorder, key)).toList();
        int claimed = 0;
        int recorded = 0;
        for (Document claim : keys.find(in("_id", ids)).projection(Projections.include(STATE))) {
            claimed++;
            if (DONE.equals(claim.getString(STATE))) {
                recorded++;
            }
        }
        return new Progress(claimed, recorded);
    }

    private static String claimId(String recorder, String key) {
        return recorder + "/" + key;
    }

    /** @return null when this call claimed the key, else the claim already there */
    private Document claimOrFind(String id, String fingerprint) {
        while (true) {
            try {
                keys.insertOne(new Document("_id", id).append(FINGERPRINT, fingerprint).append(STATE, PENDING)
                        .append(CLAIMED_AT, new Date()));
                return null;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document first = keys.find(eq("_id", id)).first();
            if (first != null) {
                return first; // else the first was rejected and freed the key in between: claim it again
            }
        }
    }

    private CommandOutcome recordClaimed(String id, Supplier<CommandOutcome> record) {
        try {
            CommandOutcome outcome = record.get();
            markDone(id, outcome);
            return outcome;
        } catch (RuntimeException rejected) {
            // A rejected command wrote nothing: free the key, so a corrected retry is not held to the rejection.
            keys.deleteOne(and(eq("_id", id), eq(STATE, PENDING)));
            throw rejected;
        }
    }

    private void markDone(String id, CommandOutcome outcome) {
        keys.updateOne(eq("_id", id), Updates.combine(Updates.set(STATE, DONE),
                Updates.set(AGGREGATE_ID, outcome.aggregateId()), Updates.set(VERSION, outcome.version())));
    }

    private boolean isStale(Document claim) {
        Date claimedAt = claim.getDate(CLAIMED_AT);
        return claimedAt == null || claimedAt.toInstant().plus(wait).isBefore(Instant.now());
    }

    /** Only one of several retries takes over a stale claim: the one whose update still finds it as it was. */
    private boolean takeOver(String id, Date staleClaim) {
        return keys.updateOne(and(eq("_id", id), eq(STATE, PENDING), eq(CLAIMED_AT, staleClaim)),
                Updates.set(CLAIMED_AT, new Date())).getModifiedCount() == 1;
    }

    /** The outcome of a command recorded under this key, read from the events that carry it (rare, and unindexed). */
    private Optional<CommandOutcome> recordedUnder(String recorder, String key) {
        String metadata = eventFields.metaDataProperty() + ".";
        Document last = store.eventCollection().find(and(eq(metadata + RecordingMetadata.CLIENT_COMMAND_ID, key),
                        eq(metadata + RecordingMetadata.RECORDER, recorder)))
                .sort(Sorts.descending(eventFields.sequenceNumberProperty())).first();
        return Optional.ofNullable(last).map(event -> new CommandOutcome(event.getString(eventFields.aggregateIdentifierProperty()),
                event.get(eventFields.sequenceNumberProperty(), Number.class).longValue()));
    }

    /** The command as the ledger reads it, so that layout and field order in the request do not matter. */
    static String fingerprint(Object command) {
        try {
            byte[] json = LedgerSerializer.JSON.writeValueAsBytes(command);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(command.getClass().getName().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A command could not be fingerprinted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the first of a retried command", e);
        }
    }

    @Override
    public String name() {
        return "command_idempotency";
    }

    @Override
    public List<IndexModel> indexes() {
        return List.of();
    }
}
