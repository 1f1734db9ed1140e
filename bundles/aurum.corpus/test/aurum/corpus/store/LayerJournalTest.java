package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.index.DocumentQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change journal behind {@link CorpusStore#saveChanges}: docs/FORMAT.md, "Change journals". */
class LayerJournalTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;
    @TempDir
    Path other;
    private CorpusStore store;
    private Document document;
    private Path layerFile;
    private Path journal;

    @BeforeEach
    void setUp() throws Exception {
        store = CorpusStore.create(dir, StoreFixtures.settings());
        document = StoreFixtures.trickyDocument("d");
        store.addDocument(document);
        layerFile = dir.resolve("layers/annotators/alice/d.json");
        journal = dir.resolve("layers/annotators/alice/d.journal.jsonl");
    }

    @Test
    void replayedJournalEqualsAWholeSave() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        long revision = journalEdits(layer, 0);
        assertTrue(Files.exists(journal), "edits after the first go to the journal");
        Layer replayed = store.loadLayer("d", ALICE);
        assertEquals(layer.spans(), replayed.spans());
        assertEquals(LayerState.DONE, replayed.state());
        assertEquals(revision, replayed.revision());

        // the same edits saved whole in another corpus give the same layer file as compaction does
        CorpusStore whole = CorpusStore.create(other, StoreFixtures.settings());
        whole.addDocument(document);
        Layer copy = whole.loadLayer("d", ALICE);
        long wholeRevision = 0;
        for (int i = 0; i < revision - 1; i++) {
            wholeRevision = whole.saveLayer(copy, wholeRevision);
        }
        whole.saveLayer(Layer.restore(document, ALICE, replayed.state(), 0, replayed.spans()), wholeRevision);
        assertTrue(store.compactLayer("d", ALICE));
        assertFalse(Files.exists(journal), "compaction drops the journal");
        Layer compacted = store.loadLayer("d", ALICE);
        assertEquals(revision, compacted.revision(), "compaction keeps the revision");
        assertEquals(layer.spans(), compacted.spans());
        assertEquals(Files.readString(other.resolve("layers/annotators/alice/d.json")), Files.readString(layerFile),
                "compacted file is byte for byte what a whole save of the same layer writes");
        assertFalse(store.compactLayer("d", ALICE), "nothing left to compact");
    }

    @Test
    void tornLastLineIsIgnoredAndCutOffByTheNextAppend() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        long revision = journalEdits(layer, 0);
        List<Span> saved = layer.spans();
        String intact = Files.readString(journal);
        // a crash in the middle of appending the next edit
        Files.writeString(journal, "{\"revision\":" + (revision + 1) + ",\"state\":\"IN_PRO", StandardOpenOption.APPEND);
        Layer loaded = store.loadLayer("d", ALICE);
        assertEquals(saved, loaded.spans());
        assertEquals(revision, loaded.revision());

        Span next = StoreFixtures.simpleSpan("after-crash", 1, 3, SpanStatus.MANUAL);
        loaded.add(next);
        long after = store.saveChanges(loaded, revision, LayerChanges.builder().put(next).build());
        assertEquals(revision + 1, after);
        String now = Files.readString(journal);
        assertTrue(now.startsWith(intact) && !now.contains("IN_PRO\""), "the torn tail is cut before appending: " + now);
        assertEquals(loaded.spans(), store.loadLayer("d", ALICE).spans());
    }

    @Test
    void damagedLineBeforeCompleteOnesIsAnErrorNamingTheLine() throws Exception {
        journalEdits(store.loadLayer("d", ALICE), 0);
        List<String> lines = Files.readAllLines(journal);
        lines.set(2, "{\"revision\":oops");
        Files.write(journal, lines);
        CorpusStoreException error = assertThrows(CorpusStoreException.class, () -> store.loadLayer("d", ALICE));
        assertTrue(error.getMessage().contains("d.journal.jsonl") && error.getMessage().contains("line 3"),
                error.getMessage());
    }

    @Test
    void journalAppendsConflictLikeWholeSaves() throws Exception {
        Layer first = store.loadLayer("d", ALICE);
        long revision = journalEdits(first, 0);
        Layer stale = store.loadLayer("d", ALICE);
        Span mine = StoreFixtures.simpleSpan("mine", 0, 2, SpanStatus.MANUAL);
        first.add(mine);
        store.saveChanges(first, revision, LayerChanges.builder().put(mine).build());
        Span theirs = StoreFixtures.simpleSpan("theirs", 2, 4, SpanStatus.MANUAL);
        stale.add(theirs);
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> store.saveChanges(stale, revision, LayerChanges.builder().put(theirs).build()));
        assertEquals(revision + 1, conflict.foundRevision());
        assertThrows(ConflictException.class, () -> store.saveLayer(stale, revision));
        assertFalse(store.loadLayer("d", ALICE).contains("theirs"));
    }

    @Test
    void wholeSaveAfterJournalDropsItAndKeepsCounting() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        long revision = journalEdits(layer, 0);
        Span extra = StoreFixtures.simpleSpan("extra", 4, 6, SpanStatus.MANUAL);
        layer.add(extra);
        assertEquals(revision + 1, store.saveLayer(layer, revision));
        assertFalse(Files.exists(journal));
        assertEquals(layer.spans(), store.loadLayer("d", ALICE).spans());
    }

    @Test
    void journalOlderThanItsLayerFileIsIgnored() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        long revision = journalEdits(layer, 0);
        String stale = Files.readString(journal);
        store.compactLayer("d", ALICE);
        // a crash after compaction renamed the layer file but before it deleted the journal
        Files.writeString(journal, stale);
        Layer loaded = store.loadLayer("d", ALICE);
        assertEquals(revision, loaded.revision());
        assertEquals(layer.spans(), loaded.spans());
        Span next = StoreFixtures.simpleSpan("next", 0, 1, SpanStatus.MANUAL);
        loaded.add(next);
        assertEquals(revision + 1, store.saveChanges(loaded, revision, LayerChanges.builder().put(next).build()));
        assertEquals(loaded.spans(), store.loadLayer("d", ALICE).spans());
    }

    @Test
    void journalOfAnotherBaseIsReplayedOnTheFileAsItIs() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        layer.add(StoreFixtures.simpleSpan("base", 0, 1, SpanStatus.MANUAL));
        store.saveLayer(layer, 0);
        String baseFile = Files.readString(layerFile);
        long revision = journalEdits(layer, 1);
        // git brings another layer file (revision 20, one span of its own) while the journal continues revision 1
        Files.writeString(layerFile, baseFile.replace("\"revision\":1", "\"revision\":20").replace("\"base\"", "\"git\""));
        Layer loaded = store.loadLayer("d", ALICE);
        assertTrue(loaded.contains("git") && loaded.contains("s-rich"), "git's span and the journaled edits");
        assertEquals(20 + (revision - 1), loaded.revision());
        long stored = loaded.revision();
        Span next = StoreFixtures.simpleSpan("next", 2, 3, SpanStatus.MANUAL);
        loaded.add(next);
        store.saveChanges(loaded, stored, LayerChanges.builder().put(next).build());
        assertFalse(Files.exists(journal), "a save over a mismatched journal rewrites the file");
        assertEquals(loaded.spans(), store.loadLayer("d", ALICE).spans());
    }

    @Test
    void indexSeesJournaledEdits() throws Exception {
        Layer layer = store.loadLayer("d", ALICE);
        long revision = journalEdits(layer, 0);
        assertEquals(revision, indexedRevision());
        // another process appends: a fresh store sees it on its next query
        CorpusStore second = CorpusStore.open(dir);
        Layer again = second.loadLayer("d", ALICE);
        Span more = StoreFixtures.simpleSpan("more", 5, 7, SpanStatus.MANUAL);
        again.add(more);
        second.saveChanges(again, revision, LayerChanges.builder().put(more).build());
        assertEquals(revision + 1, indexedRevision());
    }

    /**
     * Saves whole once (the first save of a layer), then journals: the rich span (emoji, CRLF text), a
     * relabel, a removal, several spans in one edit and a state change. Returns the stored revision.
     */
    private long journalEdits(Layer layer, long revision) throws IOException, CorpusStoreException {
        Span first = StoreFixtures.simpleSpan("first", 0, 5, SpanStatus.SUGGESTED);
        layer.add(first);
        revision = layer.revision() == 1 && revision == 0 ? store.saveLayer(layer, revision)
                : store.saveChanges(layer, revision, LayerChanges.builder().put(first).build());
        Span rich = StoreFixtures.richSpan(document);
        layer.add(rich);
        revision = store.saveChanges(layer, revision, LayerChanges.builder().put(rich).build());
        Span relabelled = first.withLabel("PER").withStatus(SpanStatus.ACCEPTED);
        layer.replace(relabelled);
        revision = store.saveChanges(layer, revision, LayerChanges.builder().put(relabelled).build());
        Span a = StoreFixtures.simpleSpan("a", 7, 9, SpanStatus.MANUAL);
        Span b = StoreFixtures.simpleSpan("b", 8, 12, SpanStatus.MANUAL);
        layer.addAll(List.of(a, b));
        layer.remove("first");
        revision = store.saveChanges(layer, revision, LayerChanges.builder().put(a).put(b).remove("first").build());
        layer.setState(LayerState.DONE);
        return store.saveChanges(layer, revision, LayerChanges.builder().build());
    }

    private long indexedRevision() throws CorpusStoreException {
        return store.index().find(DocumentQuery.ALL).get(0).layer(ALICE).orElseThrow().revision();
    }

    static String utf8(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
