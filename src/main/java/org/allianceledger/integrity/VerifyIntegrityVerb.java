package org.allianceledger.integrity;

import java.io.PrintStream;

import org.allianceledger.cli.StoreWideVerb;
import org.allianceledger.cli.VerbFailure;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code verify-integrity all}: recomputes every hash, link and seal of the store, as the endpoint does. */
public final class VerifyIntegrityVerb extends StoreWideVerb {

    @Override
    public String name() {
        return "verify-integrity";
    }

    @Override
    public int run(ConfigurableApplicationContext context, String argument, PrintStream out) {
        IntegrityReport report = context.getBean(StoredChain.class).all().verify();
        out.println(Reports.describe(report));
        if (!report.ok()) {
            throw new VerbFailure("The record does not verify.");
        }
        return 0;
    }
}
