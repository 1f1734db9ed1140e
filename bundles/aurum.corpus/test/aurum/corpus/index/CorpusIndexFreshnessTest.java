package aurum.corpus.index;

import static aurum.corpus.index.IndexFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the files: the store's own writes, other writers, git-like edits, damage. */
class CorpusIndexFreshnessTest {

    @TempDir
    Path dir;

    private static final DocumentQuery DONE = DocumentQuery.ALL.withState(LayerState.DONE);

    @Test
    void storeWritesShowUpInTheNextQuery() throws IOException {
        try (CorpusStore store = IndexFixture.create(dir.resolve("c"))) {
            CorpusIndex index = store.index();
            assertEquals(List.of("d1", "d2"), ids(index.find(DONE)));
            IndexFixture.save(store, "d4", LayerOwner.annotator("carol"), LayerState.DONE, "AMOUNT", "budget");
            IndexFixture.add(store, "d5", "A fifth text about frigates.", "Fifth");
            assertEquals(List.of("d1", "d2", "d4"), ids(index.find(DONE)));
            assertEquals(List.of("d4"), ids(index.find(DocumentQuery.ALL.withLabel("AMOUNT")
                    .withOwner(LayerOwner.annotator("carol")))));
            assertEquals(List.of("d5"), ids(index.find(DocumentQuery.ALL.withText("frigates"))));
        }
    }

    @Test
    void anotherWriterOnTheSameFolderIsNoticed() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus); CorpusStore other = CorpusStore.open(corpus)) {
            CorpusIndex index = store.index();
            assertEquals(List.of("d1", "d2"), ids(index.find(DONE)));
            IndexFixture.save(other, "d2", LayerOwner.annotator("alice"), LayerState.DONE, "OFFICIAL", "Austin");
            IndexFixture.save(other, "d3", LayerOwner.annotator("dave"), LayerState.DONE);
            assertEquals(List.of("d1", "d2", "d3"), ids(index.find(DONE)));
            assertEquals(LayerState.DONE,
                    index.find(DocumentQuery.ALL).get(1).layer(LayerOwner.annotator("alice")).orElseThrow().state());
        }
    }

    @Test
    void changesMadeWhileClosedAreFoundOnReopening() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            store.index().find(DocumentQuery.ALL);
        }
        // like a git pull: layer files replaced and a document deleted behind the store's back
        Path scratch = dir.resolve("scratch");
        try (CorpusStore store = CorpusStore.open(corpus)) {
            Path alice = corpus.resolve("layers/annotators/alice/d2.json");
            Files.copy(alice, scratch);
            IndexFixture.save(store, "d2", LayerOwner.annotator("alice"), LayerState.DONE);
            Path done = Files.copy(alice, dir.resolve("done.json"));
            Files.copy(scratch, alice, StandardCopyOption.REPLACE_EXISTING);
            Files.move(done, alice, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.delete(corpus.resolve("documents/d1.meta.json"));
        try (CorpusStore store = CorpusStore.open(corpus)) {
            List<IndexedDocument> all = store.index().find(DocumentQuery.ALL);
            assertEquals(List.of("d2", "d3", "d4"), ids(all));
            assertEquals(LayerState.DONE, all.get(0).layer(LayerOwner.annotator("alice")).orElseThrow().state());
            assertEquals(Map.of(), all.get(0).layer(LayerOwner.annotator("alice")).orElseThrow().spansPerLabel());
        }
    }

    @Test
    void aReopenedIndexFollowsStoreWritesAndLayersReplacedByGit() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            assertEquals(List.of("d1", "d2"), ids(store.index().find(DONE)));
        }
        Path alice = corpus.resolve("layers/annotators/alice/d2.json");
        try (CorpusStore store = CorpusStore.open(corpus)) {
            CorpusIndex index = store.index();
            assertEquals(List.of("d1", "d2"), ids(index.find(DONE))); // read from the last commit
            IndexFixture.save(store, "d3", LayerOwner.annotator("dave"), LayerState.DONE);
            assertEquals(List.of("d1", "d2", "d3"), ids(index.find(DONE)));
            gitCheckout(alice, "\"IN_PROGRESS\"", "\"DONE\"");
            assertEquals(LayerState.DONE, index.find(DocumentQuery.ALL).get(1)
                    .layer(LayerOwner.annotator("alice")).orElseThrow().state());
        }
        gitCheckout(alice, "\"DONE\"", "\"IN_PROGRESS\""); // a pull while no Aurum runs
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(List.of("d2"), ids(store.index().find(DocumentQuery.ALL.withState(LayerState.IN_PROGRESS))));
        }
    }

    /** How git checks out a changed file: it deletes it and writes a new one in its place. */
    private static void gitCheckout(Path file, String from, String to) throws IOException {
        String edited = Files.readString(file).replace(from, to);
        Files.delete(file);
        Files.writeString(file, edited);
    }

    @Test
    void aLayerRewrittenByHandIsReadAgain() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            assertEquals(List.of("d2"), ids(store.index().find(DocumentQuery.ALL.withState(LayerState.IN_PROGRESS))));
            Path file = corpus.resolve("layers/annotators/alice/d2.json");
            String edited = Files.readString(file).replace("\"IN_PROGRESS\"", "\"DONE\"");
            Path temp = Files.writeString(file.resolveSibling("edited.tmp"), edited);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING); // editors and git replace the file
            assertEquals(List.of(), ids(store.index().find(DocumentQuery.ALL.withState(LayerState.IN_PROGRESS))));
        }
    }

    @Test
    void unreadableFilesBecomeProblemsOfTheirDocumentOnly() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            Path layer = corpus.resolve("layers/annotators/bob/d2.json");
            Path temp = Files.writeString(layer.resolveSibling("broken.tmp"), "{\"formatVersion\":1,");
            Files.move(temp, layer, StandardCopyOption.REPLACE_EXISTING);
            List<IndexedDocument> all = store.index().find(DocumentQuery.ALL);
            assertEquals(List.of("d1", "d2", "d3", "d4"), ids(all));
            IndexedDocument d2 = all.get(1);
            assertEquals(1, d2.problems().size());
            assertTrue(d2.problems().get(0).contains("layers/annotators/bob/d2.json"), d2.problems().get(0));
            assertTrue(d2.layer(LayerOwner.annotator("alice")).isPresent());
            assertTrue(d2.layer(LayerOwner.annotator("bob")).isEmpty());
        }
    }

    @Test
    void corruptIndexIsRebuilt() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            store.index().find(DocumentQuery.ALL);
        }
        Path indexDir = corpus.resolve(".aurum/index");
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(indexDir)) {
            entries.forEach(files::add);
        }
        assertTrue(files.size() > 2, files.toString());
        for (Path file : files) {
            Files.write(file, "not an index".getBytes(StandardCharsets.UTF_8));
        }
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(List.of("d1", "d2"), ids(store.index().find(DONE)));
        }
    }

    @Test
    void indexOfAnotherVersionIsRebuilt() throws IOException {
        Path corpus = dir.resolve("c");
        try (CorpusStore store = IndexFixture.create(corpus)) {
            store.index().find(DocumentQuery.ALL);
        }
        try (FSDirectory directory = FSDirectory.open(corpus.resolve(".aurum/index"));
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.deleteAll(); // an empty index that claims the folder times are current
            Map<String, String> data = new java.util.HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("aurum.index.version", "0");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(4, store.index().count(DocumentQuery.ALL));
        }
    }

    @Test
    void rebuildReportsProgressOverEveryDocument() throws IOException {
        try (CorpusStore store = IndexFixture.create(dir.resolve("c"))) {
            List<long[]> reports = new ArrayList<>();
            store.index().rebuild((done, total) -> reports.add(new long[] {done, total}));
            assertEquals(4, reports.size());
            assertEquals(List.of(4L, 4L), List.of(reports.get(3)[0], reports.get(3)[1]));
            assertEquals(4, store.index().count(DocumentQuery.ALL));
            reports.clear();
            store.index().refresh((done, total) -> reports.add(new long[] {done, total}));
            assertEquals(List.of(), reports, "nothing to do when nothing changed");
        }
    }
    @Test
    void aRebuildOfManyDocumentsIndexesEachOnceAndReportsInOrderOnTheCallingThread() throws IOException {
        try (CorpusStore store = IndexFixture.create(dir.resolve("c"))) {
            for (int i = 0; i < 150; i++) {
                String id = String.format("m%03d", i);
                IndexFixture.add(store, id, "Report " + i + " on the Tomahawk budget of " + (1000 + i) + ".", null);
                if (i % 3 == 0) {
                    IndexFixture.save(store, id, LayerOwner.annotator("carol"), LayerState.DONE, "WEAPON", "Tomahawk");
                }
            }
            Thread caller = Thread.currentThread();
            List<long[]> reports = new ArrayList<>();
            long before = store.index().generation();
            store.index().rebuild((done, total) -> {
                assertSame(caller, Thread.currentThread());
                reports.add(new long[] {done, total});
            });
            assertEquals(154, reports.size());
            for (int i = 0; i < reports.size(); i++) {
                assertEquals(List.of(i + 1L, 154L), List.of(reports.get(i)[0], reports.get(i)[1]));
            }
            assertTrue(store.index().generation() >= before + 154);
            assertEquals(154, store.index().count(DocumentQuery.ALL));
            List<String> carolsWeapons = ids(store.index().find(DocumentQuery.ALL.withOwner(LayerOwner.annotator("carol"))
                    .withLabel("WEAPON")));
            assertEquals(50, carolsWeapons.size());
            assertTrue(carolsWeapons.stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 3 == 0), carolsWeapons.toString());
            assertEquals(List.of("m007"), ids(store.index().find(DocumentQuery.ALL.withText("1007"))));
        }
    }

    @Test
    void aRebuildStoppedByItsProgressIsCompletedByTheNextRefresh() throws IOException {
        try (CorpusStore store = IndexFixture.create(dir.resolve("c"))) {
            for (int i = 0; i < 100; i++) {
                IndexFixture.add(store, String.format("m%03d", i), "Story number " + i + ".", null);
            }
            RuntimeException stop = new RuntimeException("cancelled");
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> store.index().rebuild((done, total) -> {
                if (done == 30) {
                    throw stop;
                }
            }));
            assertSame(stop, thrown);
            assertEquals(104, store.index().count(DocumentQuery.ALL));
            assertEquals(List.of("m042"), ids(store.index().find(DocumentQuery.ALL.withText("42"))));
        }
    }
}
