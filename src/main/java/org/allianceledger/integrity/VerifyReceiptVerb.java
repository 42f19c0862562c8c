package org.allianceledger.integrity;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceledger.cli.Verb;
import org.allianceledger.cli.VerbFailure;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code verify-receipt RECEIPT.json}: whether the store's log extends a receipt kept from earlier,
 * from the events as stored (the tree rebuilt, not the running service's). Exit 0 when it does, 3
 * when it does not, saying what differs.
 */
public final class VerifyReceiptVerb implements Verb {

    private static final int DOES_NOT_EXTEND = 3;

    @Override
    public String name() {
        return "verify-receipt";
    }

    @Override
    public String argument() {
        return "RECEIPT.json";
    }

    @Override
    public List<String> properties(String argument) {
        return List.of("--ledger.history.load-on-first-start=false");
    }

    @Override
    public int run(ConfigurableApplicationContext context, String argument, PrintStream out) throws IOException {
        IntegrityCheckpointed receipt;
        try {
            receipt = Receipt.read(Files.readString(Path.of(argument)));
        } catch (IllegalArgumentException e) {
            throw new VerbFailure("Cannot read the receipt " + argument + ": " + e.getMessage());
        }
        ReceiptCheck.Verdict verdict = ReceiptCheck.check(receipt, context.getBean(StoredChain.class).all().events());
        out.println(verdict.outcome());
        if (verdict.ok()) {
            out.println("Keys the receipt's key leads to: " + String.join(", ", verdict.trustedKeys()));
        }
        return verdict.ok() ? 0 : DOES_NOT_EXTEND;
    }
}
