package org.allianceledger;

import org.allianceledger.cli.Verbs;
import org.allianceledger.history.LoadHistoryVerb;
import org.allianceledger.integrity.OfflineVerifier;
import org.allianceledger.integrity.VerifyIntegrityVerb;
import org.allianceledger.integrity.VerifyReceiptVerb;
import org.allianceledger.readmodel.ReplayVerb;
import org.allianceledger.render.RenderProjectionsVerb;
import org.allianceledger.store.StandaloneStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceLedgerApplication {

    private static final int FAILED_TO_START = 1;

    public static void main(String[] args) {
        if (args.length > 0 && OfflineVerifier.VERB.equals(args[0])) {
            System.exit(OfflineVerifier.run(args, System.out)); // needs no store: checks the bundle alone
        }
        if (args.length > 0 && StandaloneStore.VERB.equals(args[0])) {
            System.exit(StandaloneStore.run(args, System.out)); // is the store: no context, no Axon, no web server
        }
        Verbs verbs = new Verbs(AllianceLedgerApplication.class, new LoadHistoryVerb(), new ReplayVerb(), new RenderProjectionsVerb(),
                new VerifyIntegrityVerb(), new VerifyReceiptVerb());
        verbs.find(args).ifPresent(verb -> System.exit(verbs.run(verb, args, System.out)));
        try {
            SpringApplication.run(AllianceLedgerApplication.class, args);
        } catch (RuntimeException failure) {
            // Spring Boot has already reported the failure. Exit explicitly: Axon's JVM-wide task
            // janitor is a non-daemon thread that nothing stops, and would keep a failed process alive.
            System.exit(FAILED_TO_START);
        }
    }
}
