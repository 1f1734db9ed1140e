package aurum.bench.server;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.server.CorpusTransfer;
import aurum.corpus.server.ServerAddress;
import aurum.corpus.server.ServerAdministration;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.ServerDocumentIndex;
import aurum.corpus.server.ServerRole;
import aurum.corpus.server.TeamServer;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.LayerChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Issue 20's size targets on one durable PostgreSQL (Debian package, fsync on) started in a temporary folder:
 * <ul>
 * <li>{@code save}: p50/p95/p99/max of one layer save ({@code saveChanges} of one added span, as the editor sends
 * it) by one annotator on their own connection, nothing else running; target p99 ≤ 50 ms;
 * <li>{@code list}: a 1M-document corpus made in the database with {@code generate_series} (100k of them with a
 * layer), then the first page, a page after document 900,000 and a filtered first page of
 * {@link ServerDocumentIndex#list} as a lead, and the stats; target a page ≤ 1 s;
 * <li>{@code push}: a generated 100k-document folder corpus (one layer of four spans each) pushed into a new
 * server corpus in one transaction; target ≤ 5 min.
 * </ul>
 *
 * <pre>java -cp ... aurum.bench.server.ServerScale [save] [list] [push] [--push-docs 100000] [--scratch DIR]</pre>
 */
public final class ServerScale {

    private static final char[] PASSWORD = "bench-password-1".toCharArray();
    /** Syllables of made-up words: 20 * 20 * 21 words, so that generated texts are not near-duplicates of each other. */
    private static final String[] SYLLABLES = {"ka", "to", "mi", "ra", "shi", "no", "be", "lu", "da", "fe", "go", "hi",
        "jo", "ke", "ma", "ne", "po", "ri", "su", "te"};

    private ServerScale() {
    }

    public static void main(String[] args) throws Exception {
        List<String> what = new ArrayList<>();
        int pushDocs = 100_000;
        Path scratch = Path.of("/var/tmp");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
            case "--push-docs" -> pushDocs = Integer.parseInt(args[++i]);
            case "--scratch" -> scratch = Path.of(args[++i]);
            default -> what.add(args[i]);
            }
        }
        if (what.isEmpty()) {
            what = List.of("save", "list", "push");
        }
        Path data = Files.createTempDirectory("aurum-bench-pg");
        try (LocalPostgres pg = LocalPostgres.start(data, 0, "bench_admin", PASSWORD)) {
            ServerAddress admin = new ServerAddress("127.0.0.1", pg.port(), "aurum", "bench_admin");
            ServerAdministration.init(admin, PASSWORD);
            try (TeamServer adminServer = TeamServer.connect(admin, PASSWORD, 4)) {
                ServerAdministration.addPerson(adminServer, "lena", ServerRole.LEAD, PASSWORD);
                ServerAdministration.addPerson(adminServer, "alice", ServerRole.ANNOTATOR, PASSWORD);
                System.out.printf("PostgreSQL on port %d, data %s (fsync on)%n", pg.port(), data);
                for (String step : what) {
                    System.out.println("load average before " + step + ": " + loadAverage());
                    switch (step) {
                    case "save" -> save(admin, adminServer);
                    case "list" -> list(admin, adminServer);
                    case "push" -> push(admin, pushDocs, scratch);
                    default -> throw new IllegalArgumentException("save, list or push, not " + step);
                    }
                }
                System.out.println("load average at the end: " + loadAverage());
            }
        } finally {
            deleteTree(data);
        }
    }

    /** 1,100 saves of one added span each on 10 documents by one annotator; the first 100 warm up. */
    private static void save(ServerAddress admin, TeamServer adminServer) throws Exception {
        ServerCorpusStore corpus = adminServer.create("saves", CorpusSettings.of("Saves", null), Path.of("unused"));
        List<Document> documents = new ArrayList<>();
        Random random = new Random(1);
        try (DocumentBatch batch = corpus.batch()) {
            for (int d = 0; d < 10; d++) {
                Document document = new Document("doc" + d, text(random, 400), false, DocumentMetadata.NONE);
                batch.add(document, List.of());
                documents.add(document);
            }
        }
        try (TeamServer alice = TeamServer.connect(admin.withUser("alice"), PASSWORD, 2)) {
            ServerCorpusStore mine = alice.open("saves", Path.of("unused"));
            List<Layer> layers = new ArrayList<>();
            long[] revisions = new long[documents.size()];
            for (Document document : documents) {
                layers.add(new Layer(document, LayerOwner.annotator("alice")));
            }
            int warmUp = 100;
            int measured = 1_000;
            long[] nanos = new long[measured];
            for (int i = 0; i < warmUp + measured; i++) {
                int d = i % documents.size();
                Layer layer = layers.get(d);
                int start = (i * 7) % (documents.get(d).length() - 10);
                Span span = Span.builder().id("s" + i).range(start, start + 5).label("LOC").created(Instant.now())
                        .status(SpanStatus.MANUAL).build();
                layer.add(span);
                long t0 = System.nanoTime();
                revisions[d] = revisions[d] == 0 ? mine.saveLayer(layer, 0)
                        : mine.saveChanges(layer, revisions[d], LayerChanges.builder().put(span).build());
                long took = System.nanoTime() - t0;
                if (i >= warmUp) {
                    nanos[i - warmUp] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("save: %d saves of one span (layers grow to %d spans): p50 %.1f ms, p95 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms%n", measured, (warmUp + measured) / documents.size(),
                    ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99), nanos[measured - 1] / 1e6);
        }
    }

    private static void list(ServerAddress admin, TeamServer adminServer) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = adminServer.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO aurum.corpus (id, name) VALUES ('million', 'Million')");
            s.execute("INSERT INTO aurum.document (corpus_id, id, content_hash, length, bom_removed, title, text)"
                    + " SELECT 'million', 'doc' || lpad(i::text, 7, '0'), md5(i::text) || md5('x' || i), 40 + i % 500,"
                    + " false, 'Generated document ' || i, 'Generated text of document ' || i"
                    + " FROM generate_series(1, 1000000) i");
            s.execute("INSERT INTO aurum.layer (corpus_id, document_id, owner, state, revision, content_hash, spans,"
                    + " last_edit, saved_at, saved_by)"
                    + " SELECT 'million', 'doc' || lpad(i::text, 7, '0'), 'annotator:gen' || (i % 7),"
                    + " CASE WHEN i % 3 = 0 THEN 'DONE' ELSE 'IN_PROGRESS' END, 1, md5(i::text) || md5('x' || i),"
                    + " '{\"s1\": {\"start\": 0, \"end\": 9, \"label\": \"LOC\", \"created\": \"2026-12-07T00:00:00Z\","
                    + " \"modified\": \"2026-12-07T00:00:00Z\", \"status\": \"MANUAL\"}}', '{\"generated\": 1}', now(),"
                    + " session_user FROM generate_series(1, 1000000, 10) i");
            s.execute("VACUUM ANALYZE aurum.document");
            s.execute("VACUUM ANALYZE aurum.layer");
        }
        System.out.printf("list: 1,000,000 documents and 100,000 layers made with generate_series in %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
        try (TeamServer lena = TeamServer.connect(admin.withUser("lena"), PASSWORD, 2)) {
            ServerDocumentIndex index = new ServerDocumentIndex(lena.open("million", Path.of("unused")));
            time("first page of 100", () -> index.list(null, null, null, 100));
            time("page of 100 after document 900,000", () -> index.list(null, null, "doc0900000", 100));
            time("page of 100 after document 999,950 (the last)", () -> index.list(null, null, "doc0999950", 100));
            time("first page of 100 with a done layer", () -> index.list(LayerState.DONE, null, null, 100));
            time("first page of 100 of annotator gen3", () -> index.list(null, LayerOwner.annotator("gen3"), null, 100));
            time("stats", index::stats);
            ServerDocumentIndex.Page deep = index.list(null, null, "doc0900000", 100);
            System.out.printf("  (a deep page: %s .. %s of %d; next %s)%n", deep.documents().get(0).id(),
                    deep.documents().get(deep.documents().size() - 1).id(), deep.total(), deep.next());
        }
    }

    private interface Call {
        Object run() throws Exception;
    }

    /** Runs {@code call} 7 times and prints the median and the slowest, in ms. */
    private static void time(String what, Call call) throws Exception {
        long[] nanos = new long[7];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-48s median %8.1f ms, slowest %8.1f ms (7 runs)%n", what, nanos[3] / 1e6, nanos[6] / 1e6);
    }

    private static void push(ServerAddress admin, int count, Path scratch) throws Exception {
        Path folder = Files.createTempDirectory(scratch, "aurum-bench-push");
        try {
            long t0 = System.nanoTime();
            Random random = new Random(7);
            try (CorpusStore store = CorpusStore.create(folder.resolve("c"), CorpusSettings.of("Push", null));
                    DocumentBatch batch = store.batch()) {
                for (int i = 0; i < count; i++) {
                    String text = "Report " + i + ": " + text(random, 60 + random.nextInt(60));
                    List<Span> spans = new ArrayList<>();
                    for (int k = 0; k < 4; k++) {
                        int start = 10 + k * 40;
                        spans.add(Span.builder().id("s" + k).range(start, start + 6).label(k % 2 == 0 ? "LOC" : "PER")
                                .created(Instant.parse("2026-12-07T00:00:00Z")).status(SpanStatus.MANUAL).build());
                    }
                    batch.add(new Document(String.format("doc%06d", i), text, false, DocumentMetadata.NONE), List.of(),
                            LayerOwner.annotator("import"), spans, LayerState.DONE);
                }
            }
            System.out.printf("push: generated a %,d-document folder corpus in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            try (TeamServer lena = TeamServer.connect(admin.withUser("lena"), PASSWORD, 2);
                    CorpusStore store = CorpusStore.open(folder.resolve("c"))) {
                long t1 = System.nanoTime();
                CorpusTransfer.Summary summary = CorpusTransfer.push(store, lena, "pushed", m -> { });
                double seconds = (System.nanoTime() - t1) / 1e9;
                System.out.printf("push: %,d documents and %,d layers in one transaction in %.1f s (%.0f documents/s)%n",
                        summary.documents(), summary.layers(), seconds, summary.documents() / seconds);
            }
        } finally {
            deleteTree(folder);
        }
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(SYLLABLES[random.nextInt(20)]).append(SYLLABLES[random.nextInt(20)]);
            int third = random.nextInt(21);
            if (third < 20) {
                text.append(SYLLABLES[third]);
            }
        }
        return text.append('.').toString();
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // best effort: a temporary folder
        }
    }
}
