package org.allianceledger.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify-bundle FILE}: checks an export bundle with nothing but the bundle, no store and no
 * Spring context. Exit 0 when it verifies, 3 when it does not, 2 when it cannot be read.
 */
public final class OfflineVerifier {

    public static final String VERB = "verify-bundle";
    private static final int VERIFIES = 0;
    private static final int REFUSED = 2;
    private static final int DOES_NOT_VERIFY = 3;

    private OfflineVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2) {
            out.println("usage: " + VERB + " FILE.zip");
            return REFUSED;
        }
        byte[] bundle;
        try {
            bundle = Files.readAllBytes(Path.of(args[1]));
        } catch (IOException e) {
            out.println("Cannot read " + args[1] + ": " + e.getMessage());
            return REFUSED;
        }
        Bundle.Verification verification = Bundle.verify(bundle);
        if (verification.keyFingerprint() != null) {
            out.println("Signed by key " + verification.keyFingerprint() + " (compare with GET /api/integrity/public-key)");
        }
        if (verification.report() != null) {
            out.println(Reports.describe(verification.report()));
        }
        out.println(verification.ok() ? "The bundle verifies." : "The bundle does NOT verify: " + verification.problem());
        return verification.ok() ? VERIFIES : DOES_NOT_VERIFY;
    }
}
