package org.allianceledger.integrity;

import static org.allianceledger.alliance.Decisions.on;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.allianceledger.AllianceLedgerApplication;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.allianceledger.readmodel.ReadModels;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the log's Merkle tree costs (issue 16): a command with the tree brought up to date after it
 * against one without, the tree built from the store, a full verification, and an inclusion and a
 * consistency proof, at each size of {@code -Dbench.sizes} (10,000 and 100,000 by default). Here
 * rather than in bench/ because it times the package's own classes, not only its endpoints.
 * {@code ./mvnw -B -Pbench test -Dbench.test=LogTreeBench}
 */
@Tag("bench")
@Timeout(value = 90, unit = TimeUnit.MINUTES)
class LogTreeBench {

    private static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.sizes", "10000,100000").split(","))
            .map(String::trim).map(Integer::parseInt).toList();
    private static final int BATCH = 1_000;
    private static final int EVENTS_PER_BODY = 10;
    private static final int COMMANDS = 400;
    private static final int ROUNDS = 20;
    private static final int PROOFS = 2_000;

    @TempDir
    Path work;

    private int seeded;
    private int synthetic;

    @Test
    void measure() throws Exception {
        Path dataDir = Files.createDirectories(work.resolve("data"));
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AllianceLedgerApplication.class).run("--server.port=0",
                "--ledger.embedded.data-dir=" + dataDir, "--ledger.history.load-on-first-start=false", "--ledger.integrity.seal-every=1000d",
                // A full verification reads every event in one scan, longer than the default retention on a busy machine.
                "--ledger.embedded.retention=10m",
                "--logging.level.org.allianceledger=WARN", "--logging.level.org.axonframework=WARN")) {
            pureTree();
            // Paused throughout: the appends compare the tree's cost, not the read models' catching up.
            app.getBean(EventProcessingConfiguration.class).eventProcessor(ReadModels.PROCESSING_GROUP).orElseThrow().shutDown();
            for (int size : SIZES) {
                grow(app, size);
                System.out.printf("%n--- at %,d events%n", seeded);
                for (String run : List.of("first", "second")) {
                    long started = System.nanoTime();
                    new LogTree(app.getBean(StoredChain.class)).head();
                    double buildSeconds = seconds(started);
                    System.out.printf("tree built from the store (%s time): %.2f s (%.1f µs/event)%n", run, buildSeconds,
                            buildSeconds * 1e6 / seeded);
                }
                long started = System.nanoTime();
                IntegrityReport report = app.getBean(StoredChain.class).all().verify();
                System.out.printf("verify (read every event, chain, seals, tree, checkpoints): %.2f s, ok=%s, %,d events%n",
                        seconds(started), report.ok(), report.events());
                proofs(app.getBean(LogTree.class));
                appends(app);
            }
        }
    }

    /** The tree alone: SHA-256 per leaf and per completed node, no store. */
    private static void pureTree() {
        MerkleTree tree = new MerkleTree();
        byte[] leaf = new byte[32];
        long started = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            leaf[0] = (byte) i;
            tree.append(MerkleTree.leafHash(leaf));
        }
        System.out.printf("MerkleTree.append alone: %.2f µs per leaf over 100,000%n", (System.nanoTime() - started) / 1e3 / 100_000);
        Random random = new Random(16);
        long size = tree.size();
        started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.inclusionPath(Math.floorMod(random.nextLong(), size), size);
        }
        double inclusion = (System.nanoTime() - started) / 1e3 / PROOFS;
        started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.consistencyProof(1 + Math.floorMod(random.nextLong(), size), size);
        }
        System.out.printf("MerkleTree alone at 100,000 leaves: inclusion proof %.1f µs, consistency proof %.1f µs (mean of %,d)%n",
                inclusion, (System.nanoTime() - started) / 1e3 / PROOFS, PROOFS);
    }

    /** Through the service's tree, each proof after its look for new events (one read of the store), as the endpoints ask. */
    private static void proofs(LogTree tree) {
        long size = tree.head().size();
        long started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.head();
        }
        System.out.printf("the tree's head with nothing new stored (one read of the store): %.1f µs%n",
                (System.nanoTime() - started) / 1e3 / PROOFS);
        Random random = new Random(16);
        started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.inclusionPath(Math.floorMod(random.nextLong(), size), size);
        }
        double inclusion = (System.nanoTime() - started) / 1e3 / PROOFS;
        started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            tree.consistencyProof(1 + Math.floorMod(random.nextLong(), size), size);
        }
        double consistency = (System.nanoTime() - started) / 1e3 / PROOFS;
        System.out.printf("through LogTree: inclusion proof %.1f µs, consistency proof %.1f µs (mean of %,d, tree of %,d)%n", inclusion, consistency,
                PROOFS, size);
    }

    /**
     * Commands one after another, alternately without and with the tree brought up to date after
     * each (the most it can cost: a tree read after every append), in rounds of 20 each way.
     */
    private void appends(ConfigurableApplicationContext app) {
        CommandGateway gateway = app.getBean(CommandGateway.class);
        LogTree tree = app.getBean(LogTree.class);
        String body = "bench-" + seeded;
        gateway.sendAndWait(new EstablishGovernanceBody(body, "Bench", List.of("PCCs"), null, "monthly", null, on("2016")));
        double[] without = new double[2];
        double[] with = new double[2];
        for (int round = 0; round < ROUNDS; round++) {
            // ABBA: a drift in the machine's load over the run weighs on both alike.
            for (boolean keepTree : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                long started = System.nanoTime();
                for (int n = 0; n < COMMANDS / ROUNDS; n++) {
                    gateway.sendAndWait(new ChangeGovernanceBodyTerms(body, null, null, "round " + round + " " + n + keepTree, null, on("2017")));
                    if (keepTree) {
                        tree.head();
                    }
                }
                double[] into = keepTree ? with : without;
                into[0] += System.nanoTime() - started;
                into[1] += COMMANDS / ROUNDS;
            }
        }
        seeded += 1 + COMMANDS * 2;
        double plain = without[0] / without[1] / 1e6;
        double kept = with[0] / with[1] / 1e6;
        System.out.printf("a command: %.2f ms without the tree, %.2f ms with it brought up to date after each (%+.1f%%)%n", plain, kept,
                (kept / plain - 1) * 100);
    }

    /** Synthetic governance decisions, chained as every event is, published in batches. */
    private void grow(ConfigurableApplicationContext app, int size) {
        long started = System.nanoTime();
        EventStore store = app.getBean(EventStore.class);
        while (seeded < size) {
            List<EventMessage<?>> batch = new ArrayList<>();
            for (int n = synthetic; n < synthetic + BATCH; n++) {
                String bodyId = "b" + n / EVENTS_PER_BODY;
                long sequence = n % EVENTS_PER_BODY;
                Object payload = sequence == 0
                        ? new GovernanceBodyEstablished(bodyId, "Board " + bodyId, List.of("Chief Constables"), null, "monthly", null, on("2016"))
                        : new GovernanceBodyTermsChanged(bodyId, null, null, "meeting " + sequence, null, on("2017"));
                batch.add(new GenericDomainEventMessage<>("GovernanceBody", bodyId, sequence, payload, MetaData.with("recorder", "bench")));
            }
            store.publish(batch);
            synthetic += BATCH;
            seeded += BATCH;
        }
        System.out.printf("record grown to %,d events in %.1f s%n", seeded, seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
