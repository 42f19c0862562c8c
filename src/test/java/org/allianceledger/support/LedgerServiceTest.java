package org.allianceledger.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on the embedded engine, on a random HTTP port, with its data in a fresh folder
 * under target/. One annotation so that every such test shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.embedded.data-dir=target/test-data/${random.uuid}")
public @interface LedgerServiceTest {
}
