package org.allianceledger.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceledger.store.LedgerSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Signing checkpoints, reading them back, and deciding which keys signed them: no store, no Spring. */
final class Checkpoints {

    private Checkpoints() {
    }

    static IntegrityCheckpointed sign(long treeSize, String rootHash, Instant at, List<SigningKey> keys) {
        IntegrityCheckpointed unsigned = new IntegrityCheckpointed(treeSize, rootHash, at, List.of());
        byte[] text = unsigned.signedText().getBytes(StandardCharsets.UTF_8);
        return new IntegrityCheckpointed(treeSize, rootHash, at, keys.stream()
                .map(key -> new IntegrityCheckpointed.KeySignature(key.fingerprint(), key.publicKeyPem(),
                        Base64.getEncoder().encodeToString(key.sign(text))))
                .toList());
    }

    /** @throws IllegalArgumentException when the JSON (an event's payload, a receipt) is no checkpoint */
    static IntegrityCheckpointed read(JsonNode json) {
        try {
            IntegrityCheckpointed checkpoint = LedgerSerializer.JSON.treeToValue(json, IntegrityCheckpointed.class);
            if (checkpoint.rootHash() == null || checkpoint.at() == null || checkpoint.signatures() == null) {
                throw new IllegalArgumentException("a checkpoint needs treeSize, rootHash, at and signatures");
            }
            return checkpoint;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a checkpoint: " + e.getOriginalMessage(), e);
        }
    }

    /** The fingerprints of the keys whose signature of the checkpoint verifies, each with the key it names. */
    static Set<String> signers(IntegrityCheckpointed checkpoint) {
        byte[] text = checkpoint.signedText().getBytes(StandardCharsets.UTF_8);
        Set<String> signers = new LinkedHashSet<>();
        for (IntegrityCheckpointed.KeySignature signature : checkpoint.signatures()) {
            if (signature == null || signature.publicKey() == null || signature.signature() == null) {
                continue;
            }
            try {
                PublicKey key = SigningKey.readPublicKey(signature.publicKey());
                if (SigningKey.fingerprint(key).equals(signature.keyFingerprint())
                        && SigningKey.verify(key, text, Base64.getDecoder().decode(signature.signature()))) {
                    signers.add(signature.keyFingerprint());
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // A signature that cannot be read proves nothing: the key is simply not among the signers.
            }
        }
        return signers;
    }

    /**
     * The keys trusted after following the checkpoints in order from the {@code trusted} ones: a
     * checkpoint that a trusted key signed makes every other key that signed it trusted too. This is
     * how a new key takes over: the old key signs the new key's first checkpoint with it.
     */
    static Set<String> trustChain(Set<String> trusted, List<IntegrityCheckpointed> inOrder) {
        Set<String> chain = new LinkedHashSet<>(trusted);
        for (IntegrityCheckpointed checkpoint : inOrder) {
            Set<String> signers = signers(checkpoint);
            if (signers.stream().anyMatch(chain::contains)) {
                chain.addAll(signers);
            }
        }
        return chain;
    }
}
