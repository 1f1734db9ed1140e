package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk import: when documents become durable, idempotency by content hash, the hash index cache. */
class DocumentBatchTest {

    @TempDir
    Path dir;

    private static Document numbered(String id, int n) {
        return StoreFixtures.plainDocument(id, "Report number " + n + " from Tokyo\u00A0\u201Cquoted\u201D \uD83D\uDE80.\r\n");
    }

    @Test
    void documentsAreDurableWhenFlushReturnsAndNotVisibleBefore() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            assertEquals(new StoredDocument("a", true), batch.add(numbered("a", 1)));
            assertEquals(List.of(), CorpusStore.open(dir).documents(), "queued, not yet written");
            batch.flush();
            assertEquals(numbered("a", 1), CorpusStore.open(dir).document("a").orElseThrow());
        }
    }

    @Test
    void aFullGroupIsWrittenWithoutWaitingForClose() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            for (int n = 0; n < 2 * DocumentBatch.GROUP_DOCUMENTS + 3; n++) {
                batch.add(numbered(String.format("d%04d", n), n));
            }
            // the first group is durable once the second is full; the second may still be being written
            int visible = CorpusStore.open(dir).documents().size();
            assertTrue(visible == DocumentBatch.GROUP_DOCUMENTS || visible == 2 * DocumentBatch.GROUP_DOCUMENTS,
                    "whole groups only: " + visible);
        }
        assertEquals(2 * DocumentBatch.GROUP_DOCUMENTS + 3, CorpusStore.open(dir).documents().size());
        try (Stream<Path> files = Files.list(dir.resolve("documents"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files left");
        }
    }

    @Test
    void reimportAfterReopeningFindsEveryTextByHashUnderAnyId() throws IOException {
        try (DocumentBatch batch = CorpusStore.create(dir, StoreFixtures.settings()).batch()) {
            for (int n = 0; n < 20; n++) {
                batch.add(numbered("first-" + n, n));
            }
        }
        CorpusStore reopened = CorpusStore.open(dir);
        try (DocumentBatch batch = reopened.batch()) {
            for (int n = 0; n < 20; n++) {
                assertEquals(new StoredDocument("first-" + n, false), batch.add(numbered("second-" + n, n)));
            }
            assertEquals(new StoredDocument("new", true), batch.add(numbered("new", 99)));
            assertEquals(new StoredDocument("new", false), batch.add(numbered("again", 99)), "same text twice in one batch");
        }
        assertEquals(21, reopened.documents().size());
        assertEquals("first-3", reopened.addDocument(numbered("third", 3)));
    }

    @Test
    void hashIndexIsRebuiltWhenItsCacheIsMissingTornOrStale() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(numbered("a", 1));
        store.addDocument(numbered("b", 2));
        Path cache = dir.resolve(".aurum/content-hashes.tsv");
        assertEquals(3, Files.readAllLines(cache).size(), "header and one line per document");

        Files.delete(cache);
        assertEquals("a", CorpusStore.open(dir).addDocument(numbered("x", 1)));

        Files.writeString(cache, Files.readString(cache).substring(0, 100)); // torn by a crash
        assertEquals("b", CorpusStore.open(dir).addDocument(numbered("y", 2)));

        // a document arriving by git pull: its files exist, the cache does not know it
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        CorpusStore.create(other, StoreFixtures.settings()).addDocument(numbered("c", 3));
        Files.copy(other.resolve("documents/c.txt"), dir.resolve("documents/c.txt"));
        Files.copy(other.resolve("documents/c.meta.json"), dir.resolve("documents/c.meta.json"));
        assertEquals("c", CorpusStore.open(dir).addDocument(numbered("z", 3)));
        assertEquals(3, CorpusStore.open(dir).documents().size());
    }

    @Test
    void anotherStoreOnTheSameFolderSeesAdditionsThroughTheCache() throws IOException {
        CorpusStore one = CorpusStore.create(dir, StoreFixtures.settings());
        CorpusStore two = CorpusStore.open(dir);
        one.addDocument(numbered("a", 1)); // loads one's index
        two.addDocument(numbered("b", 2)); // appended by the other instance
        assertEquals("b", one.addDocument(numbered("b-again", 2)));
        assertThrows(CorpusStoreException.class, () -> one.addDocument(numbered("B", 3)));
    }

    @Test
    void idsDifferingOnlyInCaseAreRefusedInsideOneBatchToo() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            batch.add(numbered("Report", 1));
            CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> batch.add(numbered("report", 2)));
            assertTrue(e.getMessage().contains("differing only in case"), e.getMessage());
        }
        assertEquals(1, store.documents().size());
    }

    @Test
    void addingToAClosedBatchFails() throws IOException {
        DocumentBatch batch = CorpusStore.create(dir, StoreFixtures.settings()).batch();
        batch.close();
        assertThrows(IllegalStateException.class, () -> batch.add(numbered("a", 1)));
        batch.close();
    }

    @Test
    void textIsRenamedIntoPlaceBeforeItsMetaFile() throws IOException {
        // an interrupted group can leave texts without meta files (ignored, overwritten on re-import),
        // never a meta file without its text
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Files.writeString(dir.resolve("documents/a.txt"), "left over by a crash", StandardCharsets.UTF_8);
        try (DocumentBatch batch = store.batch()) {
            batch.add(numbered("a", 1));
        }
        assertEquals(numbered("a", 1).text(), store.document("a").orElseThrow().text());
        assertFalse(Files.exists(dir.resolve("documents/.a.txt.tmp")));
    }

    @Test
    void aFailureInTheMiddleOfAGroupLeavesNoTemporaryFileAndKeepsTheDurableDocuments() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            for (int n = 0; n < 3; n++) {
                batch.add(numbered("kept-" + n, n));
            }
            batch.flush();
            // a folder where the text of "m-bad" goes: its rename fails after "a-new"'s text was renamed
            Files.createDirectories(dir.resolve("documents/m-bad.txt/blocker"));
            batch.add(numbered("a-new", 10));
            batch.add(numbered("m-bad", 11));
            batch.add(numbered("z-new", 12));
            CorpusStoreException e = assertThrows(CorpusStoreException.class, batch::flush);
            assertTrue(e.getMessage().contains(dir.toRealPath().toString()), e.getMessage());
            assertNoTemporaryFiles();
            assertEquals(List.of("kept-0", "kept-1", "kept-2"), ids(CorpusStore.open(dir)));
            for (int n = 0; n < 3; n++) {
                assertEquals(numbered("kept-" + n, n), CorpusStore.open(dir).document("kept-" + n).orElseThrow());
            }
            // the failed group is gone from the batch; fixing the cause and adding again works
            Files.delete(dir.resolve("documents/m-bad.txt/blocker"));
            Files.delete(dir.resolve("documents/m-bad.txt"));
            assertEquals(new StoredDocument("m-bad", true), batch.add(numbered("m-bad", 11)));
        }
        assertEquals(List.of("kept-0", "kept-1", "kept-2", "m-bad"), ids(CorpusStore.open(dir)));
        assertNoTemporaryFiles();
        try (Stream<Path> staged = Files.walk(dir.resolve(".aurum/staging"))) {
            assertEquals(List.of(".aurum/staging", ".aurum/staging/meta", ".aurum/staging/texts"),
                    staged.map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList(),
                    "texts and meta files went through their staging folders and left them");
        }
    }

    @Test
    void aGroupFailingInTheBackgroundIsReportedByALaterCallAndLeavesNoTemporaryFile() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Files.createDirectories(dir.resolve("documents/d0007.txt/blocker"));
        DocumentBatch batch = store.batch();
        assertThrows(CorpusStoreException.class, () -> {
            for (int n = 0; n < 3 * DocumentBatch.GROUP_DOCUMENTS; n++) {
                batch.add(numbered(String.format("d%04d", n), n));
            }
            batch.close();
        });
        assertNoTemporaryFiles();
        List<String> stored = ids(CorpusStore.open(dir));
        assertFalse(stored.contains("d0000"), "the failed group is not stored");
        assertFalse(stored.contains("d0007"));
    }

    @Test
    void aTextInTheGroupBeingWrittenIsFoundByTheNextGroup() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            for (int n = 0; n < DocumentBatch.GROUP_DOCUMENTS; n++) {
                batch.add(numbered(String.format("d%04d", n), n));
            }
            // the full group is being written now (or is written): either way it holds this text and id
            assertEquals(new StoredDocument("d0005", false), batch.add(numbered("copy", 5)));
            CorpusStoreException e = assertThrows(CorpusStoreException.class,
                    () -> batch.add(numbered("D0006", 999_999)));
            assertTrue(e.getMessage().contains("differing only in case"), e.getMessage());
        }
        assertEquals(DocumentBatch.GROUP_DOCUMENTS, store.documents().size());
    }

    private List<String> ids(CorpusStore store) throws IOException {
        return store.documents().stream().map(DocumentInfo::id).sorted().toList();
    }

    private void assertNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> temps = files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temps, "temporary files left");
        }
    }
}
