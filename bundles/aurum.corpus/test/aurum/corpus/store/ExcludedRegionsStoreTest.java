package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.boilerplate.RegionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boilerplate regions proposed at import, stored in meta files, and meta files written before them. */
class ExcludedRegionsStoreTest {

    @TempDir
    Path dir;

    @Test
    void proposedRegionsAreStoredAndSurviveReopening() throws IOException {
        List<Document> sample = SampleCorpus.documents();
        try (DocumentBatch batch = CorpusStore.create(dir, StoreFixtures.settings()).batch()) {
            sample.forEach(d -> {
                try {
                    batch.add(d);
                } catch (CorpusStoreException e) {
                    throw new AssertionError(e);
                }
            });
        }
        CorpusStore store = CorpusStore.open(dir);
        for (Document d : sample) {
            List<ExcludedRegion> expected = new BoilerplateDetector().propose(d.text());
            assertEquals(expected, store.excludedRegions(d.id()), d.id());
        }
        assertFalse(store.excludedRegions("003").isEmpty());
        String meta = Files.readString(dir.resolve("documents/003.meta.json"), StandardCharsets.UTF_8);
        assertTrue(meta.contains("\n    {\"start\":0,\"end\":15,\"kind\":\"SHARE\",\"reason\":\"share buttons\"},\n"), meta);
    }

    @Test
    void singleAddStoresRegionsToo() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document page = SampleCorpus.documents().get(3);
        store.addDocument(page);
        assertEquals(new BoilerplateDetector().propose(page.text()), store.excludedRegions(page.id()));
    }

    @Test
    void metaFileWithoutRegionsFromEarlierVersionsStillReads() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document d = StoreFixtures.plainDocument("old", "Old text\n");
        Files.writeString(dir.resolve("documents/old.txt"), d.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("documents/old.meta.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \"old\",\n"
                + "  \"contentHash\": \"" + d.contentHash() + "\",\n  \"length\": 9,\n  \"bomRemoved\": false,\n"
                + "  \"title\": \"Old text\"\n}\n", StandardCharsets.UTF_8);
        assertEquals(List.of(), store.excludedRegions("old"));
        assertEquals(d.text(), store.document("old").orElseThrow().text());
        assertEquals("old", store.addDocument(StoreFixtures.plainDocument("again", "Old text\n")));
    }

    @Test
    void regionOutsideTheTextIsReportedWithFileAndIndex() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(StoreFixtures.plainDocument("d", "Short\n"));
        Path meta = dir.resolve("documents/d.meta.json");
        String text = Files.readString(meta);
        Files.writeString(meta, text.substring(0, text.lastIndexOf('}')).stripTrailing()
                + ",\n  \"excludedRegions\": [\n    {\"start\":0,\"end\":99,\"kind\":\"AD\",\"reason\":\"x\"}\n  ]\n}\n");
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> store.excludedRegions("d"));
        assertTrue(e.getMessage().contains("documents/d.meta.json, excludedRegions[0]"), e.getMessage());
        assertTrue(e.getMessage().contains("length 6"), e.getMessage());
    }

    @Test
    void unknownDocumentIsAnError() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        assertThrows(CorpusStoreException.class, () -> store.excludedRegions("nope"));
    }

    @Test
    void regionsHandedInByTheImporterAreStoredAsGiven() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document page = SampleCorpus.documents().get(3);
        List<ExcludedRegion> given = List.of(new ExcludedRegion(0, 15, RegionKind.SHARE, "share buttons"));
        try (DocumentBatch batch = store.batch()) {
            batch.add(page, given);
        }
        // stored as handed in, not proposed again (the detector proposes more regions for this page)
        assertEquals(given, store.excludedRegions(page.id()));
        assertTrue(new BoilerplateDetector().propose(page.text()).size() > 1);
    }

    @Test
    void regionsOutsideTheTextAreRefusedNamingTheDocument() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        Document d = StoreFixtures.plainDocument("d", "Short\n");
        try (DocumentBatch batch = store.batch()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> batch.add(d, List.of(new ExcludedRegion(0, 99, RegionKind.AD, "x"))));
            assertTrue(e.getMessage().contains("'d'") && e.getMessage().contains("length 6"), e.getMessage());
        }
        assertTrue(store.documents().isEmpty());
    }
}
