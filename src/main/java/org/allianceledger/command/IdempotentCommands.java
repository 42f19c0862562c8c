package org.allianceledger.command;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.allianceledger.store.LedgerSerializer;
import org.allianceledger.store.OwnedCollection;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Updates;

/**
 * Commands sent with an {@code Idempotency-Key}: the first is recorded, a retry with the same key
 * and the same command answers what the first answered and records nothing, and the same key with
 * a different command is a conflict. Keys are the recorder's own: two recorders may use the same.
 * The key is claimed in MongoDB before the command runs, so parallel retries on any instance
 * sharing the database wait for the one that claimed it.
 */
@Component
public class IdempotentCommands implements OwnedCollection {

    public static final String HEADER = "Idempotency-Key";
    private static final String PENDING = "pending";
    private static final String DONE = "done";
    private static final long POLL_MILLIS = 10;

    private final MongoCollection<Document> keys;
    private final Duration wait;

    IdempotentCommands(MongoDatabase database, @Value("${ledger.commands.idempotency-wait}") Duration wait) {
        this.keys = database.getCollection(name());
        this.wait = wait;
    }

    /** What the command answered, and whether this answer repeats an earlier one. */
    public record Answer(CommandOutcome outcome, boolean replayed) {
    }

    public Answer once(String recorder, String key, Object command, Supplier<CommandOutcome> record) {
        if (key.isBlank() || key.length() > RecordingMetadata.MAX_CLIENT_ID_LENGTH) {
            throw new IllegalArgumentException(HEADER + " must be 1 to " + RecordingMetadata.MAX_CLIENT_ID_LENGTH + " characters");
        }
        String id = recorder + "/" + key;
        String fingerprint = fingerprint(command);
        try {
            keys.insertOne(new Document("_id", id).append("fingerprint", fingerprint).append("state", PENDING)
                    .append("claimedAt", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return new Answer(awaitFirst(id, key, fingerprint), true);
        }
        try {
            CommandOutcome outcome = record.get();
            keys.updateOne(eq("_id", id), Updates.combine(Updates.set("state", DONE),
                    Updates.set("aggregateId", outcome.aggregateId()), Updates.set("version", outcome.version())));
            return new Answer(outcome, false);
        } catch (RuntimeException rejected) {
            // A rejected command wrote nothing: free the key, so a corrected retry is not held to the rejection.
            keys.deleteOne(and(eq("_id", id), eq("state", PENDING)));
            throw rejected;
        }
    }

    private CommandOutcome awaitFirst(String id, String key, String fingerprint) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Document first = keys.find(eq("_id", id)).first();
            if (first != null && !fingerprint.equals(first.getString("fingerprint"))) {
                throw new IdempotencyConflictException("The " + HEADER + " '" + key + "' was used before with a different command");
            }
            if (first != null && DONE.equals(first.getString("state"))) {
                return new CommandOutcome(first.getString("aggregateId"), first.get("version", Number.class).longValue());
            }
            if (System.nanoTime() > deadline) {
                throw new IdempotencyConflictException("The command with " + HEADER + " '" + key + "' is still being recorded; retry later");
            }
            sleep();
        }
    }

    /** The command as the ledger reads it, so that layout and field order in the request do not matter. */
    private static String fingerprint(Object command) {
        try {
            byte[] json = LedgerSerializer.objectMapper().writeValueAsBytes(command);
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
