package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.SpanStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreConcurrencyTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");
    private static final String TEXT = "x".repeat(200);

    @TempDir
    Path dir;

    @Test
    void savingAStaleRevisionFailsWithAConflictNamingDocumentAnnotatorAndRevisions() throws IOException {
        CorpusStore.create(dir, StoreFixtures.settings()).addDocument(StoreFixtures.plainDocument("d", TEXT));
        CorpusStore first = CorpusStore.open(dir);
        CorpusStore second = CorpusStore.open(dir);
        Layer mine = first.loadLayer("d", ALICE);
        Layer theirs = second.loadLayer("d", ALICE);
        theirs.add(StoreFixtures.simpleSpan("theirs", 0, 1, SpanStatus.MANUAL));
        second.saveLayer(theirs, 0);

        mine.add(StoreFixtures.simpleSpan("mine", 1, 2, SpanStatus.MANUAL));
        ConflictException conflict = assertThrows(ConflictException.class, () -> first.saveLayer(mine, 0));

        assertEquals("d", conflict.documentId());
        assertEquals(0, conflict.expectedRevision());
        assertEquals(1, conflict.foundRevision());
        for (String part : List.of("'d'", "'alice'", "expected stored revision 0", "found 1", "Reload")) {
            assertTrue(conflict.getMessage().contains(part), conflict.getMessage());
        }
        assertEquals(List.of("theirs"), ids(first.loadLayer("d", ALICE)));
    }

    @Test
    void savingWithTheReturnedRevisionSucceedsRepeatedly() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", TEXT));
        Layer layer = store.loadLayer("d", ALICE);
        long revision = 0;
        for (int i = 0; i < 3; i++) {
            layer.add(StoreFixtures.simpleSpan("s" + i, i, i + 1, SpanStatus.MANUAL));
            revision = store.saveLayer(layer, revision);
        }
        assertEquals(3, revision);
        assertEquals(3, store.loadLayer("d", ALICE).revision());
    }

    @Test
    void concurrentWritersRetryingOnConflictLoseNoUpdate() throws Exception {
        CorpusStore.create(dir, StoreFixtures.settings()).addDocument(StoreFixtures.plainDocument("d", TEXT));
        int writers = 2;
        int spansEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                conflicts.add(pool.submit(addSpansRetrying(CorpusStore.open(dir), writer, spansEach)));
            }
            int conflictCount = 0;
            for (Future<Integer> future : conflicts) {
                conflictCount += future.get(2, TimeUnit.MINUTES);
            }
            Layer result = CorpusStore.open(dir).loadLayer("d", ALICE);
            Set<String> expected = new HashSet<>();
            for (int w = 0; w < writers; w++) {
                for (int i = 0; i < spansEach; i++) {
                    expected.add("w" + w + "-" + i);
                }
            }
            assertEquals(expected, new HashSet<>(ids(result)), "conflicts retried: " + conflictCount);
            assertEquals(writers * spansEach, result.revision());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Adds spans one save at a time, reloading and reapplying after each conflict; returns the conflicts. */
    private static Callable<Integer> addSpansRetrying(CorpusStore store, int writer, int count) {
        return () -> {
            int conflicts = 0;
            for (int i = 0; i < count; i++) {
                while (true) {
                    Layer layer = store.loadLayer("d", ALICE);
                    long loadedAt = layer.revision();
                    int offset = writer * count + i;
                    layer.add(StoreFixtures.simpleSpan("w" + writer + "-" + i, offset, offset + 1, SpanStatus.MANUAL));
                    try {
                        store.saveLayer(layer, loadedAt);
                        break;
                    } catch (ConflictException e) {
                        conflicts++;
                    }
                }
            }
            return conflicts;
        };
    }

    private static List<String> ids(Layer layer) {
        return layer.spans().stream().map(aurum.core.model.Span::id).toList();
    }
}
