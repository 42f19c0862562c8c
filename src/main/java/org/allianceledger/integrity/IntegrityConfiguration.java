package org.allianceledger.integrity;

import java.nio.file.Path;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chains every event as it is published, seals the record periodically, and holds the export signing key. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IntegrityConfiguration {

    /** Registered on start, after every other dispatch interceptor, so the hash covers the metadata as stored. */
    @Bean
    ConfigurerModule eventChaining(Serializer serializer, StoredChain stored) {
        EventChaining chaining = new EventChaining(serializer, stored);
        return configurer -> configurer.onInitialize(config -> config.onStart(Integer.MAX_VALUE,
                () -> config.eventBus().registerDispatchInterceptor(chaining)));
    }

    /** Made on first export, not at start: verbs and tests that never export write no key. */
    @Bean
    @Lazy
    SigningKey signingKey(@Value("${ledger.integrity.signing-key-file}") Path file) {
        return SigningKey.loadOrCreate(file);
    }
}
