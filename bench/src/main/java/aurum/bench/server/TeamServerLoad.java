package aurum.bench.server;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.ServerAdministration;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.ServerRole;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.LayerChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 20's load target: N simulated annotators, each on their own connection as their own PostgreSQL role,
 * tagging documents on one team server for a while. Each edit is what the editor sends: one
 * {@code saveChanges} of the span added, against the revision the annotator holds. A few annotators work in
 * two windows on the same layers ({@code --double}), so conflicts happen where two sessions really edit one
 * layer; a conflict is answered as the editor does (reload, apply again, save). At the end every layer is
 * read back as the administrator and compared with the spans whose saves were acknowledged: a missing one
 * is a lost update. Prints save latency percentiles, throughput, conflicts and lost updates.
 *
 * <pre>java -cp ... aurum.bench.server.TeamServerLoad --annotators 50 --seconds 120 --think-ms 100 [--double 5]</pre>
 *
 * Starts its own durable PostgreSQL (Debian package, fsync on) in a temporary folder and stops it at the end.
 */
public final class TeamServerLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int annotators = Integer.parseInt(o.getOrDefault("annotators", "50"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "120"));
        int thinkMs = Integer.parseInt(o.getOrDefault("think-ms", "100"));
        int doubles = Integer.parseInt(o.getOrDefault("double", "5"));
        int docsEach = Integer.parseInt(o.getOrDefault("documents-each", "4"));
        char[] password = "bench-password-1".toCharArray();
        Path data = Files.createTempDirectory("aurum-bench-pg");
        try (LocalPostgres pg = LocalPostgres.start(data, 0, "bench_admin", password)) {
            ServerAddress admin = new ServerAddress("127.0.0.1", pg.port(), "aurum", "bench_admin");
            ServerAdministration.init(admin, password);
            try (TeamServer adminServer = TeamServer.connect(admin, password, 4)) {
                ServerCorpusStore corpus = adminServer.create("bench", CorpusSettings.of("Bench", null), data.resolve("work"));
                List<Document> documents = new ArrayList<>();
                try (DocumentBatch batch = corpus.batch()) {
                    for (int d = 0; d < annotators * docsEach; d++) {
                        Document doc = new Document(String.format("doc%05d", d), text(d), false, DocumentMetadata.NONE);
                        batch.add(doc, List.of());
                        documents.add(doc);
                    }
                }
                for (int a = 0; a < annotators; a++) {
                    ServerAdministration.addPerson(adminServer, "annotator" + a, ServerRole.ANNOTATOR, password);
                }
                System.out.printf("server ready: %d annotators (%d in two windows), %d documents, %d s, think %d ms%n",
                        annotators, doubles, documents.size(), seconds, thinkMs);
                run(admin, adminServer, corpus, documents, annotators, doubles, docsEach, seconds, thinkMs, password);
            }
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(ServerAddress admin, TeamServer adminServer, ServerCorpusStore corpus, List<Document> documents,
            int annotators, int doubles, int docsEach, int seconds, int thinkMs, char[] password) throws Exception {
        int sessions = annotators + doubles;
        long[][] latencies = new long[sessions][];
        int[] counts = new int[sessions];
        AtomicLong conflicts = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>(); // layer key → span ids acknowledged
        CountDownLatch ready = new CountDownLatch(sessions);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (int s = 0; s < sessions; s++) {
            int session = s;
            int annotator = s < annotators ? s : s - annotators; // the double sessions are annotators 0..doubles-1
            Thread t = new Thread(() -> {
                long[] mine = new long[200_000];
                int n = 0;
                Random random = new Random(session);
                try (TeamServer server = TeamServer.connect(admin.withUser("annotator" + annotator), password, 1)) {
                    ServerCorpusStore store = server.open("bench", Path.of("unused"));
                    LayerOwner owner = LayerOwner.annotator("annotator" + annotator);
                    Map<String, Layer> open = new HashMap<>();
                    ready.countDown();
                    start.await();
                    int edit = 0;
                    while (System.nanoTime() < deadline[0]) {
                        Document doc = documents.get(annotator * docsEach + random.nextInt(docsEach));
                        Layer layer = open.get(doc.id());
                        if (layer == null) {
                            layer = store.loadLayer(doc, owner);
                            open.put(doc.id(), layer);
                        }
                        int from = random.nextInt(doc.length() - 12);
                        Span span = Span.builder().id("s" + session + "-" + edit++).range(from, from + 1 + random.nextInt(10))
                                .label("LOC").created(Instant.now()).status(SpanStatus.MANUAL).build();
                        long began = System.nanoTime();
                        while (true) {
                            long expected = layer.revision();
                            Layer next = Layer.restore(doc, owner, layer.state(), expected + 1, merged(layer, span));
                            try {
                                if (expected == 0) {
                                    store.saveLayer(next, 0);
                                } else {
                                    store.saveChanges(next, expected, LayerChanges.builder().put(span).build());
                                }
                                open.put(doc.id(), next);
                                layer = next;
                                break;
                            } catch (ConflictException e) {
                                conflicts.incrementAndGet();
                                layer = store.loadLayer(doc, owner);
                                open.put(doc.id(), layer);
                            }
                        }
                        mine[n++] = System.nanoTime() - began;
                        acknowledged.computeIfAbsent(doc.id() + "/annotator" + annotator, k -> ConcurrentHashMap.newKeySet()).add(span.id());
                        if (thinkMs > 0) {
                            Thread.sleep(random.nextInt(2 * thinkMs + 1));
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("session " + session + ": " + e.getMessage());
                }
                latencies[session] = mine;
                counts[session] = n;
            }, "annotator-" + session);
            threads.add(t);
            t.start();
        }
        ready.await();
        deadline[0] = System.nanoTime() + seconds * 1_000_000_000L;
        long began = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;

        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int s = 0; s < sessions; s++) {
            System.arraycopy(latencies[s], 0, all, at, counts[s]);
            at += counts[s];
        }
        Arrays.sort(all);
        long lost = 0;
        int layers = 0;
        for (Map.Entry<String, Set<String>> e : acknowledged.entrySet()) {
            String[] key = e.getKey().split("/");
            Layer stored = corpus.loadLayer(key[0], LayerOwner.annotator(key[1]));
            Set<String> present = new HashSet<>();
            stored.spans().forEach(sp -> present.add(sp.id()));
            for (String id : e.getValue()) {
                if (!present.contains(id)) {
                    lost++;
                }
            }
            layers++;
        }
        long audited;
        try (Connection c = adminServer.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM aurum.layer_edit")) {
            r.next();
            audited = r.getLong(1);
        }
        System.out.printf("saves %d in %.1f s = %.1f saves/s; sessions %d, failed sessions %d%n", total, elapsed,
                total / elapsed, sessions, failures.get());
        System.out.printf("save latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f (a conflict's reload and retry included)%n",
                pct(all, 50), pct(all, 95), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.printf("conflicts %d (only two-window layers can conflict); layers %d; lost updates %d; audit rows %d (saves %d)%n",
                conflicts.get(), layers, lost, audited, total);
    }

    private static List<Span> merged(Layer layer, Span span) {
        List<Span> spans = new ArrayList<>(layer.spans());
        spans.add(span);
        return spans;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String text(int d) {
        StringBuilder b = new StringBuilder();
        String[] words = { "Tokyo", "pledged", "billion", "defense", "minister", "Blinken", "hypersonic", "weapons",
                "alliance", "budget", "Japan", "Washington", "missile", "talks" };
        Random r = new Random(d);
        while (b.length() < 2000) {
            b.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? ". " : " ");
        }
        return b.toString();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return o;
    }
}
