package org.allianceledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.allianceledger.store.LedgerSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The signing key kept from others, and replaced by a new one that the old one vouches for. */
class SigningKeyTest {

    @TempDir
    Path keys;

    @Test
    void aNewKeyFileIsTheOwnersAloneAndOneOthersMayReadIsRefused() throws Exception {
        Path file = keys.resolve("key.pem");
        String fingerprint = SigningKey.loadOrCreate(file).fingerprint();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SigningKey.load(file).fingerprint()).isEqualTo(fingerprint);

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> SigningKey.load(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("rw-r-----").hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        assertThatThrownBy(() -> SigningKey.loadOrCreate(file)).hasMessageContaining("refuses to sign");
    }

    @Test
    void aCheckpointSignedByTheOldKeyAndTheNewLeadsVerifiersFromOneToTheOther() {
        SigningKey old = SigningKey.loadOrCreate(keys.resolve("old.pem"));
        SigningKey replacement = SigningKey.loadOrCreate(keys.resolve("new.pem"));
        IntegrityCheckpointed kept = Checkpoints.sign(10, "a".repeat(64), Instant.parse("2026-11-01T00:00:00Z"), List.of(old));
        IntegrityCheckpointed handover = Checkpoints.sign(20, "b".repeat(64), Instant.parse("2026-11-02T00:00:00Z"),
                List.of(replacement, old));
        IntegrityCheckpointed latest = Checkpoints.sign(30, "c".repeat(64), Instant.parse("2026-11-03T00:00:00Z"), List.of(replacement));

        Set<String> receiptKeys = Checkpoints.signers(kept);
        assertThat(receiptKeys).containsExactly(old.fingerprint());
        assertThat(Checkpoints.signers(handover)).containsExactlyInAnyOrder(old.fingerprint(), replacement.fingerprint());
        assertThat(Checkpoints.trustChain(receiptKeys, List.of(kept, handover, latest)))
                .containsExactlyInAnyOrder(old.fingerprint(), replacement.fingerprint());
        assertThat(Checkpoints.trustChain(receiptKeys, List.of(kept, latest))).as("no handover: the new key is a stranger")
                .containsExactly(old.fingerprint());

        IntegrityCheckpointed.KeySignature newSignature = handover.signatures().get(0);
        IntegrityCheckpointed claimed = new IntegrityCheckpointed(handover.treeSize(), handover.rootHash(), handover.at(), List.of(
                newSignature, new IntegrityCheckpointed.KeySignature(old.fingerprint(), old.publicKeyPem(), newSignature.signature())));
        assertThat(Checkpoints.trustChain(receiptKeys, List.of(claimed))).as("the old key's signature forged").containsExactly(old.fingerprint());
    }

    @Test
    void aReceiptSignedByTheOldKeyAcceptsALogWhoseCheckpointHandsOverToTheNew() {
        SigningKey old = SigningKey.loadOrCreate(keys.resolve("old.pem"));
        SigningKey replacement = SigningKey.loadOrCreate(keys.resolve("new.pem"));
        List<ChainedEvent> log = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            log.add(event("body", i, "GovernanceBodyTermsChanged", CanonicalJson.read("{\"cadence\": \"meeting " + i + "\"}"), log.size()));
        }
        MerkleTree tree = LogTree.of(log);
        IntegrityCheckpointed receipt = Checkpoints.sign(3, LogTree.HEX.formatHex(tree.root(3)), Instant.parse("2026-11-01T00:00:00Z"),
                List.of(old));
        List<ChainedEvent> handedOver = new ArrayList<>(log);
        handedOver.add(checkpointEvent(Checkpoints.sign(3, receipt.rootHash(), Instant.parse("2026-11-02T00:00:00Z"),
                List.of(replacement, old)), 0, handedOver.size()));
        handedOver.add(checkpointEvent(Checkpoints.sign(4, LogTree.HEX.formatHex(LogTree.of(handedOver).root(4)),
                Instant.parse("2026-11-03T00:00:00Z"), List.of(replacement)), 1, handedOver.size()));

        ReceiptCheck.Verdict verdict = ReceiptCheck.check(receipt, handedOver);
        assertThat(verdict.ok()).as(verdict.outcome()).isTrue();
        assertThat(verdict.trustedKeys()).containsExactlyInAnyOrder(old.fingerprint(), replacement.fingerprint());

        List<ChainedEvent> withoutHandover = new ArrayList<>(log);
        withoutHandover.add(checkpointEvent(Checkpoints.sign(3, receipt.rootHash(), Instant.parse("2026-11-02T00:00:00Z"),
                List.of(replacement)), 0, withoutHandover.size()));
        assertThat(ReceiptCheck.check(receipt, withoutHandover).trustedKeys()).containsExactly(old.fingerprint());
    }

    private static ChainedEvent checkpointEvent(IntegrityCheckpointed checkpoint, long sequence, long position) {
        return event(IntegrityCheckpointed.STREAM, sequence, IntegrityCheckpointed.TYPE, LedgerSerializer.JSON.valueToTree(checkpoint), position);
    }

    private static ChainedEvent event(String stream, long sequence, String type, JsonNode payload, long position) {
        return new ChainedEvent(stream + "-" + sequence, stream, sequence, type, "1", Instant.parse("2026-11-01T00:00:00Z"), payload,
                CanonicalJson.read("{}"), position);
    }
}
