package org.allianceledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceLedgerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AllianceLedgerApplication.class, args);
    }
}
