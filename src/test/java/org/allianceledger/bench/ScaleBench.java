package org.allianceledger.bench;

import static org.allianceledger.alliance.Decisions.on;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.allianceledger.AllianceLedgerApplication;
import org.allianceledger.alliance.DecisionContext;
import org.allianceledger.alliance.PartialDate;
import org.allianceledger.governance.GovernanceBodyCommand.ChangeGovernanceBodyTerms;
import org.allianceledger.governance.GovernanceBodyCommand.EstablishGovernanceBody;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyEstablished;
import org.allianceledger.governance.GovernanceBodyEvent.GovernanceBodyTermsChanged;
import org.allianceledger.readmodel.ReadModels;
import org.allianceledger.store.LedgerEventStorageEngine;
import org.allianceledger.store.LedgerStore;
import org.allianceledger.support.LedgerHttp;
import org.allianceledger.support.LedgerProcess;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * The scale benchmark (issue 8): append, command latency, replay, queries, start-up and memory as the
 * record grows, with the stock Axon Mongo engine beside ours on the same events and the same engine.
 * {@code ./mvnw -B -Pbench test} runs the full sizes; {@code -Dbench=quick} a smaller run under five
 * minutes. Prints a table and writes {@code target/bench/results.json}.
 *
 * <p>The record grows by synthetic governance decisions (bodies established, then their terms
 * changed; ten events a body), appended through the storage engines in batches so that building a
 * million events takes minutes; every measurement itself goes through the service's own paths.
 */
@Tag("bench")
@Timeout(value = 150, unit = TimeUnit.MINUTES)
class ScaleBench {

    private static final boolean QUICK = "quick".equals(System.getProperty("bench"));
    private static final List<Integer> SIZES = sizes("bench.sizes", QUICK ? "1000,10000" : "1000,10000,100000");
    private static final List<Integer> REPLAY_SIZES = sizes("bench.replaySizes", QUICK ? "1000,10000" : "10000,100000,1000000");
    private static final int EVENTS_PER_BODY = 10;
    /** The largest record one cursor reads on the embedded engine (its result is gathered in memory first). */
    private static final int SINGLE_CURSOR_LIMIT = 200_000;
    private static final int SEED_BATCH = 1_000;
    private static final int APPENDS = QUICK ? 200 : 1_000;
    private static final int CLIENTS = 8;
    private static final int COMMAND_SAMPLES = QUICK ? 100 : 300;
    /** Replays a size is measured with (a million events: two). */
    private static final int REPLAY_ROUNDS = Math.max(2, Integer.getInteger("bench.replayRounds", 5));
    private static final int QUERY_SAMPLES = QUICK ? 150 : 600;
    private static final Duration STOCK_REPLAY_CAP = Duration.ofSeconds(QUICK ? 20 : 120);
    private static final Duration LOAD = Duration.ofSeconds(QUICK ? 15 : 60);
    private static final int LOAD_CLIENTS = 16;

    @TempDir
    Path work;

    private static List<Integer> sizes(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private final Map<String, Object> results = new LinkedHashMap<>();
    private final List<Map<String, Object>> replays = new ArrayList<>();
    private final List<Map<String, Object>> commandLatencies = new ArrayList<>();
    private int seeded;
    private int synthetic;
    private int stockSeeded;

    @Test
    void measure() throws Exception {
        // Kept where -Dbench.dataDir names a new folder, for StartupBench to start on again.
        Path dataDir = Files.createDirectories(Path.of(System.getProperty("bench.dataDir", work.resolve("data").toString())));
        try (ConfigurableApplicationContext app = start(dataDir)) {
            Service service = new Service(app);
            for (int size : SIZES) {
                grow(service, size, true);
                commandLatencies.add(commandLatency(service, size));
                if (!results.containsKey("append")) { // once the smallest record is measured: appending grows it
                    results.put("append", append(service));
                }
            }
            results.put("queries", queries(service.http, seeded));
            results.put("queriesAtEvents", seeded);
            results.put("load", load(service.http));
            results.put("loadAtEvents", seeded);
            for (int size : REPLAY_SIZES) {
                if (size > seeded) {
                    grow(service, size, false);
                }
            }
            // The start-up measured is the ledger's own store's. The stock engine's collection has a non-unique
            // index, which the embedded engine rebuilds at every open by reading each of its documents (6 s at
            // 96,400 of them); the raw inserts go too.
            service.stockEvents.drop();
            service.client.getDatabase("bench-raw").drop();
        }
        results.put("replay", replays);
        results.put("commandLatency", commandLatencies);
        results.putAll(StartupMeasure.measure(dataDir, seeded));
        write();
    }

    /** The service in this JVM on its own data folder, so the harness can reach its engine, gateway and store. */
    private static ConfigurableApplicationContext start(Path dataDir) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--ledger.embedded.data-dir=" + dataDir, "--ledger.history.load-on-first-start=false",
                "--ledger.read-models.replay-wait=90m",
                // The stock engine's collection is as durable as ours, so their appends compare.
                "--ledger.embedded.durable-collections=events,domainevents,snapshotevents,command_idempotency",
                "--logging.level.org.allianceledger=WARN", "--logging.level.org.axonframework=WARN"));
        // Settings to try against the defaults, e.g. -Dbench.args="--ledger.events.batch-size=500"
        args.addAll(List.of(System.getProperty("bench.args", "").split(" ")).stream().filter(a -> !a.isBlank()).toList());
        return new SpringApplicationBuilder(AllianceLedgerApplication.class).run(args.toArray(String[]::new));
    }

    /** What the harness uses of the running service. */
    private static final class Service {
        final CommandGateway gateway;
        final LedgerEventStorageEngine engine;
        final EventStorageEngine stock;
        final MongoCollection<Document> stockEvents;
        final MongoDatabase database;
        final Serializer serializer;
        final ReadModels readModels;
        final LedgerHttp http;
        final MongoClient client;
        final org.axonframework.config.EventProcessingConfiguration processing;

        Service(ConfigurableApplicationContext app) {
            gateway = app.getBean(CommandGateway.class);
            engine = (LedgerEventStorageEngine) app.getBean(EventStorageEngine.class);
            client = app.getBean(MongoClient.class);
            database = client.getDatabase(app.getBean(LedgerStore.class).databaseName());
            serializer = app.getBean(Serializer.class);
            readModels = app.getBean(ReadModels.class);
            processing = app.getBean(org.axonframework.config.EventProcessingConfiguration.class);
            http = new LedgerHttp("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
            DefaultMongoTemplate stockTemplate = DefaultMongoTemplate.builder().mongoDatabase(client, database.getName()).build();
            stockEvents = stockTemplate.eventCollection();
            MongoEventStorageEngine stockEngine = MongoEventStorageEngine.builder()
                    .mongoTemplate(stockTemplate)
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            stockEngine.ensureIndexes();
            stock = stockEngine;
        }
    }

    // --- append -------------------------------------------------------------------------------

    private Map<String, Object> append(Service service) throws Exception {
        // The ceiling: the same documents inserted one by one through the driver, into a durable
        // collection (named like the events) of a scratch database on the same engine.
        MongoCollection<Document> raw = service.client.getDatabase("bench-raw").getCollection("events");
        List<Document> documents = IntStream.range(0, APPENDS * 2).mapToObj(n -> eventDocument(service, "raw-" + n)).toList();
        double rawSequential = rate(APPENDS, 1, n -> raw.insertOne(new Document(documents.get(n))));
        double rawConcurrent = rate(APPENDS, CLIENTS, n -> raw.insertOne(new Document(documents.get(APPENDS + n))));
        double sequential = rate(APPENDS, 1, n -> service.gateway.sendAndWait(establish("seq-" + n)));
        double concurrent = rate(APPENDS, CLIENTS, n -> service.gateway.sendAndWait(establish("conc-" + n)));
        double quiet = withReadModelsPaused(service, () -> rate(APPENDS, 1, n -> service.gateway.sendAndWait(establish("quiet-" + n))));
        double engineSequential = rate(APPENDS, 1, n -> service.engine.appendEvents(List.of(syntheticEvent("engine-" + n, 0))));
        double stockSequential = rate(APPENDS, 1, n -> service.stock.appendEvents(List.of(syntheticEvent("stock-" + n, 0))));
        seeded += APPENDS * 4;
        Map<String, Object> append = new LinkedHashMap<>();
        append.put("eventsPerSec", round(concurrent));
        append.put("rawCeilingPerSec", round(rawConcurrent));
        append.put("stockEventsPerSec", round(stockSequential));
        append.put("sequentialEventsPerSec", round(sequential));
        append.put("rawSequentialPerSec", round(rawSequential));
        append.put("engineSequentialPerSec", round(engineSequential));
        append.put("sequentialReadModelsPausedPerSec", round(quiet));
        append.put("clients", CLIENTS);
        System.out.printf("append: gateway %d clients %.0f/s (raw insert %.0f/s, %.0f%%); sequential %.0f/s (read models paused %.0f/s, raw %.0f/s); engines alone, sequential: ours %.0f/s, stock %.0f/s%n",
                CLIENTS, concurrent, rawConcurrent, 100 * concurrent / rawConcurrent, sequential, quiet, rawSequential, engineSequential, stockSequential);
        return append;
    }

    /** Runs {@code work} with the read models' processor stopped: what a command costs when nothing else runs. */
    private static double withReadModelsPaused(Service service, java.util.concurrent.Callable<Double> work) throws Exception {
        var processor = service.processing.eventProcessor(ReadModels.PROCESSING_GROUP).orElseThrow();
        processor.shutDown();
        try {
            return work.call();
        } finally {
            processor.start();
        }
    }

    /** An event's document exactly as our engine stores it, without its position. */
    private static Document eventDocument(Service service, String bodyId) {
        return LedgerEventStorageEngine.toDocument(syntheticEvent(bodyId, 0), service.serializer);
    }

    private static double rate(int count, int clients, IntConsumer work) throws Exception {
        long started = System.nanoTime();
        onClients(count, clients, work);
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static void onClients(int count, int clients, IntConsumer work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    for (int n = client; n < count; n += clients) {
                        work.accept(n);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // --- growing the record -------------------------------------------------------------------

    /**
     * Grows the record to {@code size} with the read models paused; where a replay is measured at that
     * size, the views take in the growth by it (the replay starts the processor after), so that it is
     * timed alone, not beside the processor catching up on the growth.
     */
    private void grow(Service service, int size, boolean alsoStock) throws Exception {
        if (!REPLAY_SIZES.contains(size)) {
            withReadModelsPaused(service, () -> {
                growTo(service, size, alsoStock);
                return 0.0;
            });
            return;
        }
        service.processing.eventProcessor(ReadModels.PROCESSING_GROUP).orElseThrow().shutDown();
        growTo(service, size, alsoStock);
        replays.add(replay(service, size));
    }

    /** Appends synthetic decisions until the store holds {@code size} events; to the stock engine too where it is compared. */
    private void growTo(Service service, int size, boolean alsoStock) {
        long started = System.nanoTime();
        while (seeded < size) {
            List<DomainEventMessage<?>> batch = syntheticBatch(synthetic, Math.min(SEED_BATCH, size - seeded));
            service.engine.appendEvents(batch);
            if (alsoStock) {
                service.stock.appendEvents(batch);
                stockSeeded += batch.size();
            }
            seeded += batch.size();
            synthetic += batch.size();
        }
        System.out.printf("record grown to %,d events in %.1f s%n", seeded, (System.nanoTime() - started) / 1e9);
    }

    private static List<DomainEventMessage<?>> syntheticBatch(int from, int count) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int n = from; n < from + count; n++) {
            batch.add(syntheticEvent("b" + (n / EVENTS_PER_BODY), n % EVENTS_PER_BODY));
        }
        return batch;
    }

    /** The n-th event of a synthetic body: established first, then its terms changed, decided over 2011-2019. */
    private static DomainEventMessage<?> syntheticEvent(String bodyId, long sequence) {
        DecisionContext decision = decidedIn(bodyId.hashCode() + (int) sequence);
        Object payload = sequence == 0
                ? new GovernanceBodyEstablished(bodyId, "Board " + bodyId, List.of("Chief Constables"), null, "monthly", null, decision)
                : new GovernanceBodyTermsChanged(bodyId, null, null, "meeting " + sequence, null, decision);
        return new GenericDomainEventMessage<>("GovernanceBody", bodyId, sequence, payload, MetaData.with("recorder", "bench"));
    }

    private static DecisionContext decidedIn(int seed) {
        int day = Math.floorMod(seed, 9 * 365);
        DecisionContext template = on("2016");
        return new DecisionContext(PartialDate.parse(java.time.LocalDate.of(2011, 1, 1).plusDays(day).toString()),
                template.body(), template.decidedBy(), template.rationale(), template.source());
    }

    private static EstablishGovernanceBody establish(String id) {
        return new EstablishGovernanceBody("bench-" + id, "Board " + id, List.of("Chief Constables"), null, "monthly", null, on("2016"));
    }

    // --- command latency ------------------------------------------------------------------------

    /** Commands on synthetic bodies with ten events each: the aggregate is loaded from the store every time. */
    private Map<String, Object> commandLatency(Service service, int size) {
        Random random = new Random(size);
        int bodies = synthetic / EVENTS_PER_BODY; // whole bodies only: the last may still be growing
        List<Double> millis = new ArrayList<>();
        for (int n = 0; n < COMMAND_SAMPLES; n++) {
            String bodyId = "b" + random.nextInt(bodies);
            long started = System.nanoTime();
            service.gateway.sendAndWait(new ChangeGovernanceBodyTerms(bodyId, null, null, "sample " + n, null, on("2019")));
            millis.add((System.nanoTime() - started) / 1e6);
            seeded++;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("events", size);
        row.put("p50Ms", percentile(millis, 50));
        row.put("p95Ms", percentile(millis, 95));
        System.out.printf("command latency at %,d events: p50 %.2f ms, p95 %.2f ms%n", size, percentile(millis, 50), percentile(millis, 95));
        return row;
    }

    // --- replay ---------------------------------------------------------------------------------

    private Map<String, Object> replay(Service service, int size) {
        boolean oneCursor = seeded <= SINGLE_CURSOR_LIMIT;
        // The first read of what the growth wrote pays for the engine's page cache, whichever read it is:
        // a raw scan first, so that the replays and the scans they are compared with all read the store warm.
        double coldScan = oneCursor ? rawScan(service) : rawScanByKey(service);
        // Rounds of a replay and the raw scans beside it, so that the machine's changing speed falls on both alike:
        // the first replay pays for a cold JIT (the views took in nothing since the last size), the later ones show
        // the fold compiled. A million events are replayed twice and scanned by key once (a minute each).
        List<ReadModels.Replay> runs = new ArrayList<>();
        List<Double> scans = new ArrayList<>();
        List<Double> scansByKey = new ArrayList<>();
        for (int round = 0; round < (oneCursor ? REPLAY_ROUNDS : 2); round++) {
            runs.add(service.readModels.replay());
            if (oneCursor) {
                scans.add(rawScan(service));
            }
            if (oneCursor || round == 0) {
                scansByKey.add(rawScanByKey(service));
            }
        }
        long started = System.nanoTime();
        long streamed = service.engine.readEvents(null, false).count();
        double engineRead = (System.nanoTime() - started) / 1e9;
        List<Double> seconds = runs.stream().map(run -> run.millis() / 1e3).toList();
        double baseline = median(oneCursor ? scans : scansByKey);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("events", seeded);
        row.put("seconds", round3(seconds.get(0)));
        row.put("complete", runs.stream().allMatch(ReadModels.Replay::complete));
        row.put("foldSeconds", round3(runs.get(0).foldMillis() / 1e3));
        row.put("againSeconds", round3(seconds.get(1)));
        row.put("againFoldSeconds", round3(runs.get(1).foldMillis() / 1e3));
        row.put("replaySeconds", seconds.stream().map(ScaleBench::round3).toList());
        row.put("medianSeconds", round3(median(seconds)));
        row.put("coldScanSeconds", round3(coldScan));
        if (oneCursor) {
            row.put("rawScanSeconds", round3(median(scans))); // the median of the rounds'
        }
        row.put("rawScanByKeySeconds", round3(median(scansByKey)));
        row.put("ratio", round3(seconds.get(0) / baseline));
        row.put("againRatio", round3(seconds.get(1) / baseline));
        row.put("medianRatio", round3(median(seconds) / baseline));
        row.put("engineReadSeconds", round3(engineRead));
        row.put("engineReadEvents", streamed);
        if (stockSeeded > 0 && size <= SIZES.get(SIZES.size() - 1)) {
            stockReplay(service, row);
        }
        System.out.printf("replay at %,d events: %.2f s (%.1f µs/event), raw scan %.2f s (%s, median of %d; the first, cold, %.2f s), ratio %.1f (the fold %.2f s); again %.2f s, ratio %.1f; median of %d replays %.2f s, ratio %.1f; our engine's read alone %.2f s; stock's %s s%n",
                seeded, seconds.get(0), seconds.get(0) * 1e6 / seeded, baseline, oneCursor ? "one cursor" : "by key",
                (oneCursor ? scans : scansByKey).size(), coldScan, seconds.get(0) / baseline, runs.get(0).foldMillis() / 1e3,
                seconds.get(1), seconds.get(1) / baseline, seconds.size(), median(seconds), median(seconds) / baseline, engineRead,
                row.getOrDefault("stockSeconds", "-"));
        return row;
    }

    /**
     * Every document by one cursor, not deserialized. The embedded engine gathers a query's whole result
     * before its first batch, so one cursor over a million documents does not fit in memory: there the
     * raw scan is {@linkplain #rawScanByKey by batches of positions}, as the service's own whole-store reads are.
     */
    private static double rawScan(Service service) {
        long started = System.nanoTime();
        for (Document ignored : service.database.getCollection("events").find().batchSize(SEED_BATCH)) {
            // every document read, none deserialized
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static double rawScanByKey(Service service) {
        long started = System.nanoTime();
        LedgerEventStorageEngine.forEachStored(service.database.getCollection("events"), SEED_BATCH, document -> {
        });
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * The stock engine's tracking read of the same events, with no projection work at all (a lower
     * bound of its replay); stopped at a cap, when the time it would need is at least the time taken
     * scaled by the events still unread (its reads get slower as they go, never faster).
     */
    private void stockReplay(Service service, Map<String, Object> row) {
        long started = System.nanoTime();
        long deadline = started + STOCK_REPLAY_CAP.toNanos();
        AtomicInteger read = new AtomicInteger();
        try {
            service.stock.readEvents(null, false).takeWhile(event -> System.nanoTime() < deadline).forEach(event -> read.incrementAndGet());
        } catch (RuntimeException e) {
            // Its range queries walk the whole collection while the read models write; at 100k events the
            // engine has lost a page under such a walk ("Chunk not found"). Counted like the cap.
            row.put("stockError", e.getMessage());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        boolean capped = read.get() < stockSeeded;
        row.put("stockSeconds", round3(capped ? seconds * stockSeeded / Math.max(1, read.get()) : seconds));
        row.put("stockEvents", stockSeeded);
        row.put("stockCapped", capped);
        row.put("stockEventsReadBeforeCap", read.get());
    }

    // --- queries --------------------------------------------------------------------------------

    /** The decision register paged, filtered, as of past dates and searched, over HTTP. */
    private static Map<String, Object> queries(LedgerHttp http, int events) throws Exception {
        Random random = new Random(events);
        List<String> kinds = List.of("newest", "asOf", "knownAt", "subject", "freeText");
        List<Double> millis = new ArrayList<>();
        Map<String, List<Double>> byKind = new LinkedHashMap<>();
        for (int n = 0; n < QUERY_SAMPLES + 20; n++) {
            String asOf = java.time.LocalDate.of(2011, 1, 1).plusDays(random.nextInt(9 * 365)).toString();
            int body = random.nextInt(Math.max(1, events / EVENTS_PER_BODY));
            String kind = kinds.get(n % kinds.size());
            String path = switch (kind) {
                case "newest" -> "/api/decisions?limit=50";
                case "asOf" -> "/api/decisions?limit=50&asOf=" + asOf;
                case "knownAt" -> "/api/decisions?limit=50&offset=" + random.nextInt(Math.max(1, events / 2)) + "&knownAt=" + asOf;
                case "subject" -> "/api/decisions?limit=50&asOf=" + asOf + "&subject=b" + body;
                // A board by the start of its name (Board b12 finds b12, b120-b129, b1200-...).
                default -> "/api/decisions?limit=50&q=board+b" + body;
            };
            long started = System.nanoTime();
            StartupMeasure.require(http.get(path));
            double took = (System.nanoTime() - started) / 1e6;
            if (n == 0) {
                System.out.printf("first read after the replay (takes the rows into memory): %.0f ms%n", took);
            }
            if (n >= 20) { // the first requests warm up
                millis.add(took);
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(took);
            }
        }
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("p50Ms", percentile(millis, 50));
        queries.put("p95Ms", percentile(millis, 95));
        queries.put("p99Ms", percentile(millis, 99));
        System.out.printf("queries at %,d events: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", events,
                percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
        byKind.forEach((kind, taken) -> {
            queries.put(kind + "P95Ms", percentile(taken, 95));
            System.out.printf("  %s: p50 %.1f ms, p95 %.1f ms%n", kind, percentile(taken, 50), percentile(taken, 95));
        });
        return queries;
    }

    // --- start-up, memory, load -------------------------------------------------------------------

    /** Sixteen clients: each records new bodies, sometimes one already recorded (an expected 409), and reads the register. */
    private static Map<String, Object> load(LedgerHttp http) throws Exception {
        long deadline = System.nanoTime() + LOAD.toNanos();
        List<Double> millis = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        onClients(LOAD_CLIENTS, LOAD_CLIENTS, client -> {
            int n = 0;
            while (System.nanoTime() < deadline) {
                try {
                    long started = System.nanoTime();
                    LedgerHttp.Response response = n % 4 == 3
                            ? http.get("/api/decisions?limit=20")
                            : http.post("/api/commands/establish-governance-body",
                                    establish("load-" + client + "-" + (n % 10 == 9 ? n - 1 : n)));
                    millis.add((System.nanoTime() - started) / 1e6);
                    if (response.status() == 409) {
                        conflicts.incrementAndGet();
                    } else if (response.status() != 200) {
                        errors.incrementAndGet();
                    }
                    n++;
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        });
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("clients", LOAD_CLIENTS);
        load.put("seconds", LOAD.toSeconds());
        load.put("requests", millis.size());
        load.put("requestsPerSec", round(millis.size() / (double) LOAD.toSeconds()));
        load.put("p99Ms", percentile(millis, 99));
        load.put("expectedConflicts409", conflicts.get());
        load.put("errors", errors.get());
        System.out.printf("load: %d clients for %d s: %.0f requests/s, p99 %.1f ms, %d expected 409s, %d errors%n", LOAD_CLIENTS,
                LOAD.toSeconds(), millis.size() / (double) LOAD.toSeconds(), percentile(millis, 99), conflicts.get(), errors.get());
        return load;
    }

    // --- output ---------------------------------------------------------------------------------

    private void write() throws Exception {
        results.put("mode", QUICK ? "quick" : "full");
        Path out = Path.of("target", "bench", "results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, LedgerHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("\n" + LedgerHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return round3(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double round(double value) {
        return Math.round(value);
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
