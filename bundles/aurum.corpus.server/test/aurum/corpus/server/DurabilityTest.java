package aurum.corpus.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.server.local.LocalPostgres;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.LayerChanges;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What survives when things die: a client killed with {@code kill -9} in the middle of a push leaves nothing of
 * it on the server, and a PostgreSQL stopped at once ({@code pg_ctl stop -m immediate}, a crash without a
 * checkpoint) while annotators save keeps every save it acknowledged, shows no half-stored save, and the
 * annotators' connections come back by themselves, having been told so in a sentence, not an exception text;
 * a live-update listener is told to reload everything and hears changes again.
 */
class DurabilityTest {

    private static final int WRITERS = 4;

    @TempDir
    Path temp;

    @Test
    void aPushKilledMidwayLeavesNothingOnTheServerAndCanBeRepeated() throws Exception {
        int documents = 4_000;
        Path folder = generatedCorpus(temp.resolve("big"), documents);
        ServerAddress address = TestServer.freshDatabase();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                PushInAnotherProcess.class.getName(), address.host(), String.valueOf(address.port()), address.database(),
                address.user(), folder.toString(), "big").redirectErrorStream(true);
        builder.environment().put("AURUM_SERVER_PASSWORD", new String(TestServer.ADMIN_PASSWORD));
        Process child = builder.start();
        List<String> said = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                said.add(line);
                if (line.startsWith("documents 1000/")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback sent by the client
                    break;
                }
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertTrue(said.contains("documents 1000/" + documents), "the push was not killed midway: " + said);
        assertFalse(said.contains("pushed"), "the push ended before it was killed: " + said);

        try (TeamServer admin = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 2)) {
            assertEquals(0, rowsOf(admin, "big"), "a killed push left rows on the server");
            // the server rolled the dead client's transaction back: the same push goes through now, completely
            try (CorpusStore source = CorpusStore.open(folder)) {
                CorpusTransfer.Summary again = CorpusTransfer.push(source, admin, "big", m -> { });
                assertEquals(documents, again.documents());
                assertEquals(documents, again.layers());
                long analysis = source.relations().size() + source.duplicateClusters().size();
                assertEquals(1 + 3L * documents + analysis, rowsOf(admin, "big"),
                        "corpus, documents, layers, their audit rows and the analysis");
            }
        }
    }

    @Test
    void everyAcknowledgedSaveSurvivesAnImmediateStopAndWritersReconnect() throws Exception {
        Path data = Files.createTempDirectory("aurum-pg-durable"); // not under /root: the server runs as 'nobody'
        try (LocalPostgres pg = LocalPostgres.start(data, 0, TestServer.ADMIN, TestServer.ADMIN_PASSWORD)) {
            ServerAddress address = new ServerAddress("127.0.0.1", pg.port(), "aurum", TestServer.ADMIN);
            ServerAdministration.init(address, TestServer.ADMIN_PASSWORD);
            List<String> people = new ArrayList<>();
            try (TeamServer admin = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 2)) {
                ServerCorpusStore corpus = admin.create("news", CorpusSettings.of("News", null), temp);
                for (int w = 0; w < WRITERS; w++) {
                    corpus.addDocument(new Document("d" + w, "Writer " + w + " tags Tokyo, Washington and the Pentagon"
                            + " in this text again and again.", false, DocumentMetadata.NONE));
                    people.add(TestServer.unique("writer" + w));
                    ServerAdministration.addPerson(admin, people.get(w), ServerRole.ANNOTATOR, TestServer.PASSWORD);
                }
            }

            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean restarted = new AtomicBoolean();
            AtomicInteger acknowledged = new AtomicInteger();
            List<Set<String>> acked = new ArrayList<>();
            List<Set<String>> attempted = new ArrayList<>();
            List<AtomicInteger> afterRestart = new ArrayList<>();
            List<String> messages = new CopyOnWriteArrayList<>();
            List<Throwable> crashes = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            List<TeamServer> sessions = new ArrayList<>();
            List<ServerChanges.Change> notices = new CopyOnWriteArrayList<>();
            TeamServer watcher = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 1);
            sessions.add(watcher);
            ServerChanges changes = ServerChanges.listen(watcher, notices::add);
            try {
                for (int w = 0; w < WRITERS; w++) {
                    acked.add(ConcurrentHashMap.newKeySet());
                    attempted.add(ConcurrentHashMap.newKeySet());
                    afterRestart.add(new AtomicInteger());
                    TeamServer session = TeamServer.connect(address.withUser(people.get(w)), TestServer.PASSWORD, 2);
                    sessions.add(session);
                    Writer writer = new Writer(session.open("news", temp), "d" + w, LayerOwner.annotator(people.get(w)),
                            "w" + w + "-", stop, restarted, acknowledged, acked.get(w), attempted.get(w),
                            afterRestart.get(w), messages);
                    Thread thread = new Thread(() -> {
                        try {
                            writer.run();
                        } catch (Throwable t) {
                            crashes.add(t);
                        }
                    }, "writer " + w);
                    threads.add(thread);
                    thread.start();
                }
                await(() -> acknowledged.get() >= 40, "40 saves before the stop");
                pg.crash();
                Thread.sleep(1_000); // every writer runs into the stopped server
                pg.restart();
                restarted.set(true);
                await(() -> afterRestart.stream().allMatch(n -> n.get() >= 5), "5 saves of every writer after the restart");
                await(() -> notices.contains(new ServerChanges.Change(null, null)), "a listener told to reload everything");
                int before = notices.size();
                await(() -> notices.size() > before, "notices again after the restart");
            } finally {
                changes.close();
                stop.set(true);
                for (Thread thread : threads) {
                    thread.join(60_000);
                }
                sessions.forEach(TeamServer::close);
            }
            assertEquals(List.of(), crashes, "a writer got something other than a CorpusStoreException");

            assertFalse(messages.isEmpty(), "no writer noticed the stop: the test did not exercise it");
            for (String message : messages) {
                assertTrue(message.startsWith("Cannot reach the team server") || message.startsWith("The connection to"
                        + " the team server broke"), message);
                assertFalse(message.contains("\n") || message.contains("Exception") || message.contains("org.")
                        || message.contains("java.") || message.contains("SQLSTATE") || message.contains("Connection is not"),
                        "exception text in: " + message);
            }

            try (TeamServer admin = TeamServer.connect(address, TestServer.ADMIN_PASSWORD, 2)) {
                ServerCorpusStore corpus = admin.open("news", temp);
                for (int w = 0; w < WRITERS; w++) {
                    Layer layer = corpus.loadLayer("d" + w, LayerOwner.annotator(people.get(w)));
                    Set<String> stored = Set.copyOf(ServerCorpusStoreTest.ids(layer));
                    for (String id : acked.get(w)) {
                        assertTrue(stored.contains(id), "acknowledged save " + id + " is missing after the restart");
                    }
                    assertTrue(attempted.get(w).containsAll(stored), "a span nobody sent: " + stored);
                    // each revision added one span and wrote one audit row: a revision is there whole or not at all
                    assertEquals(layer.revision(), layer.size(), "spans of writer " + w);
                    assertEquals(layer.revision(), auditRows(admin, "d" + w), "audit rows of writer " + w);
                }
            }
        } finally {
            deleteTree(data);
        }
    }

    /** One annotator saving one span per save into their layer, telling apart what was acknowledged. */
    private record Writer(ServerCorpusStore store, String document, LayerOwner owner, String prefix, AtomicBoolean stop,
            AtomicBoolean restarted, AtomicInteger acknowledged, Set<String> acked, Set<String> attempted,
            AtomicInteger afterRestart, List<String> messages) {

        void run() throws InterruptedException {
            int n = 0;
            while (!stop.get()) {
                String id = prefix + n++;
                try {
                    Layer layer = store.loadLayer(document, owner);
                    long loaded = layer.revision();
                    int start = n % 40;
                    Span span = ServerCorpusStoreTest.span(id, start, start + 5);
                    layer.add(span);
                    attempted.add(id);
                    if (loaded == 0) {
                        store.saveLayer(layer, 0);
                    } else {
                        store.saveChanges(layer, loaded, LayerChanges.builder().put(span).build());
                    }
                    acked.add(id);
                    acknowledged.incrementAndGet();
                    if (restarted.get()) {
                        afterRestart.incrementAndGet();
                    }
                } catch (CorpusStoreException e) {
                    messages.add(e.getMessage());
                    Thread.sleep(50);
                }
            }
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("waited 3 minutes for " + what);
            }
            Thread.sleep(50);
        }
    }

    private static long auditRows(TeamServer admin, String document) throws Exception {
        try (Connection c = admin.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*), count(DISTINCT revision), max(revision)"
                        + " FROM aurum.layer_edit WHERE document_id = ?")) {
            s.setString(1, document);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(r.getLong(1), r.getLong(2), "one audit row per revision");
                assertEquals(r.getLong(1), r.getLong(3), "revisions 1..n without gaps");
                return r.getLong(1);
            }
        }
    }

    /** Rows of a corpus in every table a push writes. */
    private static long rowsOf(TeamServer admin, String corpus) throws Exception {
        try (Connection c = admin.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT (SELECT count(*) FROM aurum.corpus WHERE id = ?)"
                        + " + (SELECT count(*) FROM aurum.document WHERE corpus_id = ?)"
                        + " + (SELECT count(*) FROM aurum.layer WHERE corpus_id = ?)"
                        + " + (SELECT count(*) FROM aurum.layer_edit WHERE corpus_id = ?)"
                        + " + (SELECT count(*) FROM aurum.relation WHERE corpus_id = ?)"
                        + " + (SELECT count(*) FROM aurum.duplicate_cluster WHERE corpus_id = ?)"
                        + " + (SELECT count(*) FROM aurum.corpus_file WHERE corpus_id = ? AND path <> 'clusters.json')")) {
            for (int i = 1; i <= 7; i++) {
                s.setString(i, corpus);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** {@code count} documents of varied words, each with a done layer of annotator 'import' holding one span. */
    static Path generatedCorpus(Path dir, int count) throws Exception {
        String[] words = {"Tokyo", "minister", "budget", "missile", "treaty", "navy", "pledged", "talks", "defense",
            "billion", "Washington", "alliance", "drills", "radar", "summit", "export", "Seoul", "carrier", "funds", "base"};
        Random random = new Random(42);
        try (CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("Generated", null));
                DocumentBatch batch = store.batch()) {
            for (int i = 0; i < count; i++) {
                StringBuilder text = new StringBuilder("Report ").append(i).append(':');
                for (int w = 0; w < 30; w++) {
                    text.append(' ').append(words[random.nextInt(words.length)]);
                }
                Document document = new Document(String.format("doc%05d", i), text.append('.').toString(), false,
                        DocumentMetadata.NONE);
                batch.add(document, List.of(), LayerOwner.annotator("import"),
                        List.of(ServerCorpusStoreTest.span("s" + i, 0, 6)), LayerState.DONE);
            }
        }
        return dir;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            // best effort: a temporary folder
        }
    }
}
