package org.allianceledger.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify-bundle FILE [--key-fingerprint=FINGERPRINT]}: checks an export bundle with nothing but
 * the bundle, no store and no Spring context, and its signing key against the fingerprint given (as
 * the ledger publishes it). Exit 0 when it verifies (without a fingerprint: only as self-consistent),
 * 3 when it does not or its key differs, 2 when it cannot be read.
 */
public final class OfflineVerifier {

    public static final String VERB = "verify-bundle";
    static final String KEY_FINGERPRINT = "--key-fingerprint=";
    private static final int VERIFIES = 0;
    private static final int REFUSED = 2;
    private static final int DOES_NOT_VERIFY = 3;

    private OfflineVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        String trusted = args.length == 3 && args[2].startsWith(KEY_FINGERPRINT) ? args[2].substring(KEY_FINGERPRINT.length()) : null;
        if (args.length != 2 && trusted == null) {
            out.println("usage: " + VERB + " FILE.zip [" + KEY_FINGERPRINT + "FINGERPRINT]   (the fingerprint from GET /api/integrity/public-key)");
            return REFUSED;
        }
        byte[] bundle;
        try {
            bundle = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            out.println("Cannot read " + args[1] + ": " + e.getMessage());
            return REFUSED;
        }
        Bundle.Verification verification;
        try {
            verification = Bundle.verify(bundle, trusted);
        } catch (IllegalArgumentException e) {
            out.println("Cannot check against " + KEY_FINGERPRINT + trusted + ": " + e.getMessage());
            return REFUSED;
        }
        if (verification.keyFingerprint() != null) {
            out.println("Signed by key " + verification.keyFingerprint());
        }
        if (verification.report() != null) {
            out.println(Reports.describe(verification.report()));
        }
        out.println(verification.outcome());
        return verification.ok() ? VERIFIES : DOES_NOT_VERIFY;
    }
}
