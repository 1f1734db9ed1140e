package aurum.corpus.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;

/** Import transactions: commit, rollback, recovery of a killed import, and one import at a time. */
class ImportTransactionTest {

    @TempDir
    Path dir;

    private static Document doc(String id, String text) {
        return new Document(id, text, false, DocumentMetadata.NONE);
    }

    private Path corpusWithTwoDocuments() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("c", null));
                DocumentBatch batch = store.batch()) {
            batch.add(doc("a", "Antony Blinken spoke."));
            batch.add(doc("b", "Another text."));
        }
        return corpus;
    }

    /** Files outside .aurum/ and the content-hash cache, with their bytes. */
    private static Map<String, String> files(Path corpus) throws IOException {
        Map<String, String> result = new TreeMap<>();
        if (!Files.exists(corpus)) {
            return result;
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                String name = corpus.relativize(p).toString();
                if (!name.startsWith(".aurum") || name.equals(".aurum/content-hashes.tsv")) {
                    result.put(name, Files.isDirectory(p) ? "/" : Files.readString(p));
                }
            }
        }
        return result;
    }

    /** Adds two documents, spans for a document that was there, and a layer folder: what an import writes. */
    private static void importSomething(Path corpus, ImportTransaction tx) throws IOException {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            try (DocumentBatch batch = store.batch()) {
                batch.add(doc("new1", "A new text."));
                batch.add(doc("new2", "Another new text."));
            }
            LayerOwner owner = LayerOwner.annotator("importer");
            CorpusLayout layout = new CorpusLayout(store.directory());
            tx.preserve(layout.layer("a", owner));
            Layer layer = store.loadLayer("a", owner);
            long revision = layer.revision();
            layer.addAll(List.of(Span.builder().range(0, 6).label("OFFICIAL").build()));
            store.saveLayer(layer, revision);
            Layer other = store.loadLayer("new1", owner);
            revision = other.revision();
            other.addAll(List.of(Span.builder().range(0, 1).label("X").build()));
            store.saveLayer(other, revision);
        }
    }

    @Test
    void aRollbackRestoresEveryFileByteForByte() throws IOException {
        Path corpus = corpusWithTwoDocuments();
        Map<String, String> before = files(corpus);
        ImportTransaction tx = ImportTransaction.begin(corpus, "test", notice -> { });
        importSomething(corpus, tx);
        assertFalse(before.equals(files(corpus)));
        ImportTransaction.Rollback undone = tx.rollback();
        assertEquals(2, undone.documentsRemoved());
        assertEquals(before, files(corpus));
        assertFalse(Files.exists(corpus.resolve(ImportTransaction.MARKER_PATH)));
    }

    @Test
    void aCommitKeepsEverythingAndLeavesNoMarker() throws IOException {
        Path corpus = corpusWithTwoDocuments();
        ImportTransaction tx = ImportTransaction.begin(corpus, "test", notice -> { });
        importSomething(corpus, tx);
        tx.commit();
        assertTrue(ImportTransaction.interrupted(corpus).isEmpty());
        assertFalse(Files.exists(corpus.resolve(".aurum/import")));
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(4, store.documents().size());
        }
    }

    @Test
    void aKilledImportIsReportedAndTheNextImportRollsItBack() throws IOException {
        Path corpus = corpusWithTwoDocuments();
        Map<String, String> before = files(corpus);
        ImportTransaction killed = ImportTransaction.begin(corpus, "aurum import x --corpus c", notice -> { });
        importSomething(corpus, killed);
        killed.abandon(); // the process dies: its locks go, the marker stays

        String report = ImportTransaction.interrupted(corpus).orElseThrow();
        assertTrue(report.contains("'aurum import x --corpus c'") && report.contains("was interrupted")
                && report.contains("Run 'aurum import' again"), report);

        List<String> notices = new ArrayList<>();
        ImportTransaction next = ImportTransaction.begin(corpus, "aurum import y --corpus c", notices::add);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("rolled it back: 2 added documents removed, 2 files restored"),
                notices.get(0));
        assertEquals(before, files(corpus));
        next.commit();
    }

    @Test
    void aFailedImportIntoANewFolderRemovesTheFolder() throws IOException {
        Path corpus = dir.resolve("new");
        ImportTransaction tx = ImportTransaction.begin(corpus, "test", notice -> { });
        CorpusStore.create(corpus, CorpusSettings.of("new", null)).close();
        importSomethingNew(corpus);
        assertTrue(tx.rollback().corpusRemoved());
        assertFalse(Files.exists(corpus));
    }

    private static void importSomethingNew(Path corpus) throws IOException {
        try (CorpusStore store = CorpusStore.open(corpus); DocumentBatch batch = store.batch()) {
            batch.add(doc("x", "Text."));
        }
    }

    @Test
    void aSecondImportWaitsForTheFirstAndSaysSo() throws Exception {
        Path corpus = corpusWithTwoDocuments();
        ImportTransaction first = ImportTransaction.begin(corpus, "first", notice -> { });
        List<String> notices = new ArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = other.submit(() -> {
                ImportTransaction tx = ImportTransaction.begin(corpus, "second", notice -> {
                    notices.add(notice);
                    waiting.countDown();
                });
                tx.commit();
                return null;
            });
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the second import says that it waits");
            assertFalse(second.isDone());
            first.commit();
            second.get(10, TimeUnit.SECONDS);
            assertTrue(notices.get(0).startsWith("waiting for another import into "), notices.toString());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aSecondImportWaitsWhileTheFirstIsCreatingTheCorpus() throws Exception {
        Path corpus = dir.resolve("new");
        ImportTransaction first = ImportTransaction.begin(corpus, "first", notice -> { });
        // the first import is half-way: files written, corpus.json not yet
        Files.createDirectories(corpus.resolve("documents"));
        Files.writeString(corpus.resolve("documents").resolve("x.txt"), "Text.");
        List<String> notices = new ArrayList<>();
        CountDownLatch waiting = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = other.submit(() -> {
                ImportTransaction tx = ImportTransaction.begin(corpus, "second", notice -> {
                    notices.add(notice);
                    waiting.countDown();
                });
                tx.commit();
                return null;
            });
            assertTrue(waiting.await(10, TimeUnit.SECONDS), "the second import waits instead of refusing the folder");
            assertFalse(second.isDone());
            Files.writeString(corpus.resolve("corpus.json"), "{}");
            first.commit();
            second.get(10, TimeUnit.SECONDS);
            assertTrue(notices.get(0).startsWith("waiting for another import into "), notices.toString());
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aFolderOfOtherFilesIsRefusedBeforeAnythingIsWrittenInIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("home"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        try {
            ImportTransaction.begin(folder, "test", notice -> { }).close();
            throw new AssertionError("a folder of other files is not a corpus to create");
        } catch (aurum.corpus.store.CorpusStoreException expected) {
            assertTrue(expected.getMessage().contains("not empty"), expected.getMessage());
        }
        assertFalse(Files.exists(folder.resolve(".aurum")), "nothing written in the user's folder");
    }
}
