package org.allianceledger.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code verify-bundle FILE [--key-fingerprint=FINGERPRINT] [--receipt RECEIPT.json]}: checks an export
 * bundle with nothing but the bundle, no store and no Spring context; its signing key against the
 * fingerprint given (as the ledger publishes it), and that its log extends a receipt kept from
 * earlier. Exit 0 when it verifies (without a fingerprint or a receipt: only as self-consistent), 3
 * when it does not, its key differs or its log does not extend the receipt, 2 when it cannot be read.
 */
public final class OfflineVerifier {

    public static final String VERB = "verify-bundle";
    static final String KEY_FINGERPRINT = "--key-fingerprint=";
    static final String RECEIPT = "--receipt";
    private static final int VERIFIES = 0;
    private static final int REFUSED = 2;
    private static final int DOES_NOT_VERIFY = 3;

    private OfflineVerifier() {
    }

    public static int run(String[] args, PrintStream out) {
        String trusted = null;
        String receiptFile = null;
        boolean understood = args.length >= 2 && !args[1].startsWith("--");
        for (int i = 2; i < args.length && understood; i++) {
            if (args[i].startsWith(KEY_FINGERPRINT)) {
                trusted = args[i].substring(KEY_FINGERPRINT.length());
            } else if (args[i].startsWith(RECEIPT + "=")) {
                receiptFile = args[i].substring(RECEIPT.length() + 1);
            } else if (args[i].equals(RECEIPT) && i + 1 < args.length) {
                receiptFile = args[++i];
            } else {
                understood = false;
            }
        }
        if (!understood) {
            out.println("usage: " + VERB + " FILE.zip [" + KEY_FINGERPRINT + "FINGERPRINT] [" + RECEIPT + " RECEIPT.json]"
                    + "   (the fingerprint from GET /api/integrity/public-key, the receipt from GET /api/integrity/receipt)");
            return REFUSED;
        }
        byte[] bundle;
        IntegrityCheckpointed receipt = null;
        try {
            bundle = Files.readAllBytes(Path.of(args[1]));
            if (receiptFile != null) {
                receipt = Receipt.read(Files.readString(Path.of(receiptFile)));
            }
        } catch (IOException e) {
            out.println("Cannot read " + e.getMessage());
            return REFUSED;
        } catch (IllegalArgumentException e) {
            out.println("Cannot read the receipt " + receiptFile + ": " + e.getMessage());
            return REFUSED;
        }
        Bundle.Verification verification;
        try {
            verification = Bundle.verify(bundle, trusted, receipt);
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
