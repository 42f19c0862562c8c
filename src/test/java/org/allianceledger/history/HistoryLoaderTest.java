package org.allianceledger.history;

import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.allianceledger.command.IdempotentCommands;
import org.allianceledger.command.RecordingMetadata;
import org.allianceledger.support.LedgerServiceTest;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

/** Each entry of a history file is recorded once, however often the file is loaded and wherever a load stopped. */
@LedgerServiceTest
class HistoryLoaderTest {

    /** Each test loads its own copy, with its own entry and aggregate ids: the store is shared. */
    private static final String FILE = """
            documents:
              - {id: minutes, title: "Joint Board minutes, 3 Mar 2020", date: "2020-03-03"}
            entries:
              - id: ID-established
                command: establish-governance-body
                source: {document: minutes, paragraph: "item 2", quote: "The Joint Board was established"}
                decision: {decidedOn: "2020-03-03", body: "Joint Board", decidedBy: ["Chief Constables"]}
                args: {bodyId: ID, name: Joint Board}
              - id: ID-quarterly
                command: change-governance-body-terms
                source: {document: minutes, paragraph: "item 3", quote: "The Joint Board will meet quarterly"}
                decision: {decidedOn: "2020-03-03", body: "Joint Board", decidedBy: ["Chief Constables"]}
                args: {bodyId: ID, cadence: quarterly}
            """;
    private static final String METADATA = EventEntryConfiguration.getDefault().metaDataProperty();

    @Autowired
    HistoryFileReader reader;

    @Autowired
    HistoryLoader loader;

    @Autowired
    MongoDatabase database;

    private List<HistoryEntry> read(String yaml) {
        return reader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void loadingAgainRecordsOnlyTheEntriesNotRecordedBeforeInTheFilesOrder() {
        List<HistoryEntry> entries = read(FILE.replace("ID", "loaded-once-board"));

        HistoryLoader.Loaded cutShort = loader.load(entries.subList(0, 1), "test.yaml");
        IdempotentCommands.Progress between = loader.progress(entries);
        HistoryLoader.Loaded resumed = loader.load(entries, "test.yaml");
        HistoryLoader.Loaded again = loader.load(entries, "test.yaml");

        assertThat(cutShort).isEqualTo(new HistoryLoader.Loaded(1, 0));
        assertThat(between).isEqualTo(new IdempotentCommands.Progress(1, 1));
        assertThat(resumed).isEqualTo(new HistoryLoader.Loaded(1, 1));
        assertThat(again).isEqualTo(new HistoryLoader.Loaded(0, 2));
        assertThat(loader.progress(entries)).isEqualTo(new IdempotentCommands.Progress(2, 2));
        assertThat(recordedUnder(entries)).containsExactly("history:loaded-once-board-established", "history:loaded-once-board-quarterly");
    }

    @Test
    void anEntryChangedSinceItWasRecordedIsRefusedByNameAndNothingIsAdded() {
        String file = FILE.replace("ID", "changed-entry-board");
        List<HistoryEntry> entries = read(file);
        loader.load(entries, "test.yaml");

        assertThatThrownBy(() -> loader.load(read(file.replace("cadence: quarterly", "cadence: monthly")), "test.yaml"))
                .isInstanceOf(HistoryFileException.class).hasMessageContaining("entry changed-entry-board-quarterly")
                .hasMessageContaining("different command");
        assertThat(recordedUnder(entries)).hasSize(2);
    }

    /** The client command id of each stored event recorded for these entries, in the order stored. */
    private List<String> recordedUnder(List<HistoryEntry> entries) {
        List<String> keys = entries.stream().map(entry -> HistoryLoader.key(entry.id())).toList();
        List<String> recorded = new ArrayList<>();
        database.getCollection("events").find(in(METADATA + "." + RecordingMetadata.CLIENT_COMMAND_ID, keys)).sort(Sorts.ascending("_id"))
                .forEach((Document event) -> recorded.add(event.get(METADATA, Document.class).getString(RecordingMetadata.CLIENT_COMMAND_ID)));
        return recorded;
    }
}
