package org.allianceledger.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceledger.store.LedgerEventStorageEngine;
import org.allianceledger.support.AllFeatureSamples;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerServiceTest;
import org.allianceledger.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

/**
 * Every page carries, for print, who printed it and when, the point in time it shows, and the
 * record's size and latest seal then, so that a printout can be traced to the state of the record.
 */
@LedgerServiceTest
class PrintFooterTest {

    private static final String ESTABLISH = "/api/commands/establish-governance-body";
    private static final Pattern EVENTS = Pattern.compile("<dd id=\"printed-record\">([0-9,]+) events stored;");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Test
    void thePrintFooterNamesWhoWhenThePointInTimeAndTheRecordsSizeAndLatestSeal() throws Exception {
        String base = "http://127.0.0.1:" + port;
        LedgerHttp viewer = new LedgerHttp(base, TestUsers.VIEWER);
        LedgerHttp.Response sealed = new LedgerHttp(base).postRaw("/api/integrity/seal", "");
        assertThat(sealed.status()).isEqualTo(200);

        String page = viewer.get("/savings?asOf=2019-04-01&knownAt=2030-01-01", "text/html").body();

        assertThat(page).contains("<dd id=\"printed-by\">viewer</dd>", "<dd id=\"printed-as-of\">1 April 2019</dd>",
                "(the record as it stood when printed)").containsPattern("<dd id=\"printed-at\">\\d+ \\w+ \\d{4}, [0-9:]+ UTC</dd>");
        assertThat(events(page)).isEqualTo(storedEvents());
        String root = LedgerHttp.JSON.readTree(sealed.body()).path("merkleRoot").asText();
        if (!root.isEmpty()) {
            assertThat(page).contains("Merkle root <code>" + root + "</code>");
        }
        assertThat(page).containsPattern("latest seal \\d+ \\w+ \\d{4}, [0-9:]+ UTC, Merkle root <code>[0-9a-f]{64}</code>");

        ObjectNode body = LedgerHttp.JSON.valueToTree(AllFeatureSamples.commandsByEndpoint().get(ESTABLISH));
        assertThat(new LedgerHttp(base).postRaw(ESTABLISH, body.put("bodyId", "body-" + UUID.randomUUID()).toString()).status())
                .isEqualTo(200);
        String later = viewer.get("/timeline?knownAt=2019-01-01", "text/html").body();
        assertThat(events(later)).as("the tally takes in what was recorded since").isEqualTo(storedEvents())
                .isEqualTo(events(page) + 1);
        assertThat(later).contains("<dd id=\"printed-known-at\">1 Jan 2019, 23:59:59 UTC</dd>");
    }

    private static long events(String page) {
        Matcher matcher = EVENTS.matcher(page);
        assertThat(matcher.find()).as("the footer gives the record's size").isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    private long storedEvents() {
        return database.getCollection("events").countDocuments(LedgerEventStorageEngine.holdsEvent());
    }
}
