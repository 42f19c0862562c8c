package org.allianceledger.integrity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chains every event as it is published, seals the record periodically, and holds the keys that sign exports and checkpoints. */
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

    /** Made on first use (an export, a checkpoint), not at start: verbs and tests that never sign write no key. */
    @Bean
    @Lazy
    SigningKey signingKey(@Value("${ledger.integrity.signing-key-file}") Path file) {
        return SigningKey.loadOrCreate(file);
    }

    /** Fails the start, not the first signature an hour later, when a key file exists that others may read. */
    @Bean
    InitializingBean signingKeyFilesArePrivate(@Value("${ledger.integrity.signing-key-file}") Path file,
                                               @Value("${ledger.integrity.previous-signing-key-file:}") String previous) {
        return () -> {
            for (Path key : previous.isBlank() ? List.of(file) : List.of(file, Path.of(previous))) {
                if (Files.exists(key)) {
                    SigningKey.refuseIfOthersMayRead(key);
                }
            }
        };
    }

    /** While a key replaces another, both sign each checkpoint, so that a verifier trusting the old key comes to trust the new. */
    @Bean
    @Lazy
    LogCheckpoints.CheckpointKeys checkpointKeys(SigningKey signingKey,
                                                 @Value("${ledger.integrity.previous-signing-key-file:}") String previous) {
        return new LogCheckpoints.CheckpointKeys(previous.isBlank() ? List.of(signingKey)
                : List.of(signingKey, SigningKey.load(Path.of(previous))));
    }
}
