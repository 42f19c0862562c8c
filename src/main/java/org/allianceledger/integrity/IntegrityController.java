package org.allianceledger.integrity;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "integrity", description = "The tamper-evident log: verify it, seal it, export it signed (auditors)")
class IntegrityController {

    static final String FINGERPRINT = "Key-Fingerprint";

    private final StoredChain chain;
    private final LogTree tree;
    private final IntegritySeals seals;
    private final ObjectProvider<SigningKey> signingKey;
    private final Clock clock;

    IntegrityController(StoredChain chain, LogTree tree, IntegritySeals seals, ObjectProvider<SigningKey> signingKey, Clock clock) {
        this.chain = chain;
        this.tree = tree;
        this.seals = seals;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    /** What a seal request did. */
    record SealOutcome(boolean sealed, String merkleRoot, int streams) {
    }

    @Operation(summary = "Recompute every hash, link, seal and checkpoint", description = "ok is false when anything was changed, "
            + "deleted, reordered or inserted in the store, including since this service read it; firstBreak names the event, what the chain expected and what it found.")
    @GetMapping("/api/integrity/verify")
    IntegrityReport verify() {
        LogTree.Head served = tree.head();
        return chain.all().verify(served);
    }

    @Operation(summary = "Seal the record now", description = "Records the Merkle root over every stream's head, unless nothing was recorded since the last seal.")
    // A seal is recorded: its answer's format is settled before it is, as a command's is.
    @PostMapping(path = "/api/integrity/seal", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    SealOutcome seal(Principal auditor) {
        return seals.seal(auditor.getName())
                .map(seal -> new SealOutcome(true, seal.merkleRoot(), seal.heads().size()))
                .orElseGet(() -> new SealOutcome(false, null, 0));
    }

    @Operation(summary = "The public key that signs export bundles, with its fingerprint in a header")
    @GetMapping(path = "/api/integrity/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> publicKey() {
        return ResponseEntity.ok().header(FINGERPRINT, signingKey.getObject().fingerprint()).body(signingKey.getObject().publicKeyPem());
    }

    @Operation(summary = "A signed, self-contained bundle of the whole record", description = "A zip of events as JSON lines "
            + "(seals among them), a signed manifest and the public key; check it offline with the jar's verify-bundle verb.")
    @GetMapping(path = "/api/export", produces = "application/zip")
    ResponseEntity<byte[]> export() {
        byte[] bundle = Bundle.write(chain.all(), signingKey.getObject(), clock.instant());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("alliance-ledger-" + LocalDate.now(clock) + ".zip").build().toString())
                .header(FINGERPRINT, signingKey.getObject().fingerprint())
                .body(bundle);
    }
}
