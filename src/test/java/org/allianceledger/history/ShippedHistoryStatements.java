package org.allianceledger.history;

import org.allianceledger.support.LedgerServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a document's statements are checked against: the read models of the shipped history, over HTTP. */
@LedgerServiceTest
abstract class ShippedHistoryStatements {

    @LocalServerPort
    int port;

    ReadModelsOverHttp api;

    @BeforeEach
    void connect() {
        api = new ReadModelsOverHttp(port);
    }
}
