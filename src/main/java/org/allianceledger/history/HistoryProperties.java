package org.allianceledger.history;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param file              the history shipped with the product, or another alliance's
 * @param loadOnFirstStart  record it when the service starts on an empty store
 */
@ConfigurationProperties("ledger.history")
public record HistoryProperties(Resource file, boolean loadOnFirstStart) {
}
