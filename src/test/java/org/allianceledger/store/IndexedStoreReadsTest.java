package org.allianceledger.store;

import static org.allianceledger.alliance.Decisions.on;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Recording, reading and printing pages query the events by key alone. The embedded engine serves a
 * query from an index only when it names the indexed key and nothing else; any other reads every
 * stored document (about 20 s at a million events), so one such query on a hot path is a page that
 * hangs at scale. Every query the driver sends for the events while a recorder works is checked.
 */
@LedgerServiceTest
@Import(IndexedStoreReadsTest.Watching.class)
class IndexedStoreReadsTest {

    /** The keys each events query filters on: the position, the stream position, the event's id. */
    private static final Set<String> INDEXED = Set.of(LedgerEventStorageEngine.POSITION, LedgerEventStorageEngine.STREAM_POSITION,
            "eventIdentifier");

    @TestConfiguration(proxyBeanMethods = false)
    static class Watching {

        @Bean
        EventsQueries eventsQueries() {
            return new EventsQueries();
        }
    }

    /** The filter of every find the driver sends to the events collection. */
    static final class EventsQueries implements CommandListener {

        final Queue<BsonDocument> filters = new ConcurrentLinkedQueue<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonDocument command = event.getCommand();
            if (event.getCommandName().equals("find") && command.getString("find").getValue().equals("events")) {
                // A copy: the command's buffer is given back once the listener returns.
                filters.add(BsonDocument.parse(command.getDocument("filter", new BsonDocument()).toJson()));
            }
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    EventsQueries queries;

    @Test
    void recordingReadingAndPagesQueryTheEventsByKeyAlone() throws Exception {
        LedgerHttp recorder = new LedgerHttp("http://127.0.0.1:" + port);
        LedgerHttp viewer = new LedgerHttp("http://127.0.0.1:" + port, TestUsers.VIEWER);
        queries.filters.clear();

        assertThat(recorder.post("/api/commands/establish-governance-body", new EstablishGovernanceBody("keyed-board", "Keyed Board",
                List.of("Chief Constables"), null, "monthly", null, on("2016"))).status()).isEqualTo(200);
        assertThat(viewer.get("/api/decisions?limit=5").status()).isEqualTo(200);
        assertThat(recorder.post("/api/commands/change-governance-body-terms",
                new ChangeGovernanceBodyTerms("keyed-board", null, null, "quarterly", null, on("2017"))).status()).isEqualTo(200);
        for (String page : List.of("/", "/timeline", "/functions", "/api/functions", "/api/streams/keyed-board")) {
            assertThat(viewer.get(page, page.startsWith("/api") ? "application/json" : "text/html").status()).as(page).isEqualTo(200);
        }

        assertThat(queries.filters).as("the events were queried").isNotEmpty();
        assertThat(queries.filters).allSatisfy(filter -> assertThat(filter.keySet()).as("filter %s", filter.toJson())
                .hasSize(1).isSubsetOf(INDEXED));
    }
}
