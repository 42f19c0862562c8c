package org.allianceledger.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.allianceledger.store.LedgerSerializer;

/**
 * A checkpoint saved outside the ledger: the checkpoint's fields, each signature with the public key
 * that makes it, the exact text signed, and how to check it by hand. Whoever keeps one can later
 * prove whether the log only grew from it.
 */
final class Receipt {

    static final String FORMAT = "alliance-ledger-receipt/1";
    private static final ObjectMapper PRETTY = LedgerSerializer.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Receipt() {
    }

    static String write(IntegrityCheckpointed checkpoint) {
        ObjectNode receipt = PRETTY.createObjectNode().put("format", FORMAT);
        receipt.setAll((ObjectNode) PRETTY.valueToTree(checkpoint));
        receipt.put("signedText", checkpoint.signedText());
        receipt.put("howToCheck", """
                Each signature is Ed25519 over signedText (UTF-8), with the public key beside it, whose fingerprint \
                is "SHA256:" + the SHA-256 hex of the key's base64 DER. rootHash is the RFC 9162 Merkle tree hash \
                of the log's first treeSize events in global position order, each leaf being the event's line in \
                an export bundle. The log extends this receipt when its first treeSize events still hash to \
                rootHash: java -jar alliance-ledger.jar verify-bundle BUNDLE.zip --receipt THIS.json (offline), \
                or verify-receipt THIS.json (against the store), or GET /api/integrity/proof/consistency?from=TREESIZE.""");
        try {
            return PRETTY.writeValueAsString(receipt) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A receipt could not be written", e);
        }
    }

    /** @throws IllegalArgumentException when the text is no receipt */
    static IntegrityCheckpointed read(String json) {
        JsonNode receipt = CanonicalJson.read(json);
        if (!FORMAT.equals(receipt.path("format").asText())) {
            throw new IllegalArgumentException("not a receipt of this ledger: its format is not " + FORMAT);
        }
        return Checkpoints.read(receipt);
    }
}
