package org.allianceledger.integrity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.allianceledger.command.FeatureSamples;

/** Seals and checkpoints are recorded by the ledger itself, never by a command. */
public class IntegritySamples implements FeatureSamples {

    @Override
    public Map<String, Object> commandsByEndpoint() {
        return Map.of();
    }

    @Override
    public List<Object> events() {
        return List.of(new IntegritySealed(Instant.parse("2026-11-23T10:00:00Z"),
                List.of(new IntegritySealed.StreamHead("jcob", 2, "a".repeat(64))), "b".repeat(64)),
                new IntegrityCheckpointed(12, "c".repeat(64), Instant.parse("2026-11-23T10:00:00.123456Z"),
                        List.of(new IntegrityCheckpointed.KeySignature("SHA256:" + "d".repeat(64), "PEM", "c2lnbmF0dXJl"))));
    }
}
