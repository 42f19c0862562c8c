package org.allianceledger;

import org.allianceledger.history.LoadHistoryVerb;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceLedgerApplication {

    public static void main(String[] args) {
        if (args.length > 0 && LoadHistoryVerb.VERB.equals(args[0])) {
            System.exit(LoadHistoryVerb.run(args, System.out));
        }
        SpringApplication.run(AllianceLedgerApplication.class, args);
    }
}
