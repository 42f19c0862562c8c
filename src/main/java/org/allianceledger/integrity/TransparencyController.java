package org.allianceledger.integrity;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.allianceledger.alliance.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The log as a transparency log (RFC 9162): signed checkpoints, receipts, inclusion and consistency proofs. */
@RestController
@Tag(name = "transparency", description = "Signed checkpoints of the whole log, receipts to keep, and RFC 9162 proofs against them")
class TransparencyController {

    private final LogTree tree;
    private final LogCheckpoints checkpoints;

    TransparencyController(LogTree tree, LogCheckpoints checkpoints) {
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    /** RFC 9162 §2.1.3: the audit path from the event's leaf to the root of the tree of {@code treeSize} leaves. */
    record InclusionProof(String eventId, long leafIndex, long treeSize, String leafHash, String rootHash, List<String> auditPath) {
    }

    /** RFC 9162 §2.1.4: that the tree of {@code from} leaves is the start of the tree of {@code to}. */
    record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> proof) {
    }

    @Operation(summary = "The latest signed checkpoint of the log", description = "Its tree size, RFC 9162 root, time and "
            + "Ed25519 signatures; made now if the log has none yet.")
    @GetMapping("/api/integrity/checkpoint")
    IntegrityCheckpointed checkpoint(Principal reader) {
        return checkpoints.latest(reader.getName());
    }

    @Operation(summary = "Checkpoint the log now", description = "Answers the latest checkpoint when nothing was recorded since it.")
    @PostMapping(path = "/api/integrity/checkpoint", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    IntegrityCheckpointed checkpointNow(Principal auditor) {
        return checkpoints.checkpoint(auditor.getName());
    }

    @Operation(summary = "A receipt to keep", description = "A checkpoint of the log as it stands, signed, with the public key "
            + "and how to check it. Kept anywhere, it later proves whether the log only grew from it: "
            + "verify-bundle BUNDLE.zip --receipt RECEIPT.json, or verify-receipt RECEIPT.json.")
    @GetMapping(path = "/api/integrity/receipt", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> receipt(Principal reader) {
        IntegrityCheckpointed checkpoint = checkpoints.checkpoint(reader.getName());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("alliance-ledger-receipt-" + checkpoint.treeSize() + ".json").build().toString())
                .body(Receipt.write(checkpoint));
    }

    @Operation(summary = "An event's inclusion proof", description = "RFC 9162 §2.1.3: the audit path of the event's leaf in the "
            + "tree of treeSize leaves (by default, the whole log now).")
    @GetMapping("/api/integrity/proof/inclusion")
    InclusionProof inclusion(@RequestParam(required = false) String eventId, @RequestParam(required = false) Long treeSize) {
        if (eventId == null || eventId.isBlank()) {
            throw new InvalidInput("eventId", "Parameter eventId is required: the id of the event to prove");
        }
        long leaf = tree.leafOf(eventId).orElseThrow(() -> new UnknownEvent(eventId));
        long size = size("treeSize", treeSize, leaf + 1);
        return new InclusionProof(eventId, leaf, size, LogTree.HEX.formatHex(tree.leafHash(leaf)), tree.root(size).orElseThrow(),
                tree.inclusionPath(leaf, size));
    }

    @Operation(summary = "A consistency proof between two sizes of the log", description = "RFC 9162 §2.1.4: that the tree of "
            + "'from' leaves is the start of the tree of 'to' leaves (by default, the whole log now).")
    @GetMapping("/api/integrity/proof/consistency")
    ConsistencyProof consistency(@RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
        if (from == null) {
            throw new InvalidInput("from", "Parameter from is required: the size of the earlier tree, e.g. a receipt's treeSize");
        }
        long toSize = size("to", to, 1);
        if (from < 1 || from > toSize) {
            throw new InvalidInput("from", "Parameter from must be between 1 and " + toSize + ", not " + from);
        }
        return new ConsistencyProof(from, toSize, tree.root(from).orElseThrow(), tree.root(toSize).orElseThrow(),
                tree.consistencyProof(from, toSize));
    }

    /** A tree size given, or the log's size now; at least {@code least} and at most the log's size. */
    private long size(String parameter, Long given, long least) {
        long now = tree.head().size();
        long size = given == null ? now : given;
        if (size < least || size > now) {
            throw new InvalidInput(parameter, "Parameter " + parameter + " must be between " + least + " and the log's size, "
                    + now + ", not " + size);
        }
        return size;
    }

    /** An event id the log does not hold. */
    static final class UnknownEvent extends RuntimeException {

        UnknownEvent(String eventId) {
            super("The log holds no event with the id '" + eventId + "'");
        }
    }

    @ExceptionHandler(UnknownEvent.class)
    ProblemDetail unknownEvent(UnknownEvent e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("https://allianceledger.org/problems/unknown-event"));
        problem.setTitle("Unknown event");
        problem.setProperty("field", "eventId");
        return problem;
    }
}
