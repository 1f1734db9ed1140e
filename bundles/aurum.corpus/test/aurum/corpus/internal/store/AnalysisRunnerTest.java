package aurum.corpus.internal.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.corpus.internal.analysis.AnalysisUpdate;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.DocumentBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis behind clusters.json is kept in .aurum/analysis and brought up to date for what changed:
 * added documents only, a missing or stale clusters.json repaired from it, a damaged one rebuilt.
 */
class AnalysisRunnerTest {

    @TempDir
    Path dir;

    private FolderCorpusStore importAll(List<Document> documents) throws IOException {
        FolderCorpusStore store = FolderCorpusStore.create(dir, CorpusSettings.of("t", new LabelSetRef("news", "1.0")));
        try (DocumentBatch batch = store.batch()) {
            for (Document d : documents) {
                batch.add(d);
            }
        }
        return store;
    }

    @Test
    void addingFiveDocumentsToALargeCorpusAnalysesThoseFiveOnly() throws IOException {
        List<Document> all = StoryTexts.documents(205, 5, 0, 1);
        FolderCorpusStore store = importAll(all.subList(0, 200));
        assertEquals(AnalysisStatus.State.CURRENT, store.analysisStatus().state());
        for (Document d : all.subList(200, 205)) {
            store.addDocument(d); // a single add does not analyse: clusters.json is stale now
        }
        AnalysisStatus stale = store.analysisStatus();
        assertEquals(new AnalysisStatus(AnalysisStatus.State.STALE, 200, 205), stale);
        assertTrue(stale.problem().contains("200") && stale.problem().contains("205"), stale.problem());
        // a copy of an analysed document among the additions still finds its original
        Document copy = Document.imported("d9999", all.get(17).text() + " Corrected.", DocumentMetadata.NONE);
        store.addDocument(copy);
        AnalysisRunner.Outcome outcome = store.updateAnalysis(null);
        assertEquals(AnalysisUpdate.Mode.INCREMENTAL, outcome.mode());
        assertEquals(6, outcome.analysed());
        assertEquals("d0017", store.duplicateClusters().get("d9999"));
        assertEquals(AnalysisStatus.State.CURRENT, store.analysisStatus().state());
        assertNull(store.updateAnalysis(null), "nothing left to do");
    }

    @Test
    void aMissingClustersFileIsRepairedByTheNextImportFromTheStoredAnalysis() throws IOException {
        List<Document> documents = StoryTexts.documents(60, 4, 9, 2);
        FolderCorpusStore store = importAll(documents);
        String before = Files.readString(dir.resolve("clusters.json"));
        assertFalse(store.duplicateClusters().isEmpty(), "the copies form clusters");
        Files.delete(dir.resolve("clusters.json"));
        assertEquals(AnalysisStatus.State.MISSING, store.analysisStatus().state());
        assertEquals(Map.of(), store.duplicateClusters());
        AnalysisRunner.Outcome outcome;
        try (DocumentBatch batch = store.batch()) {
            batch.add(documents.get(3)); // already there: the import adds nothing
        }
        assertEquals(before, Files.readString(dir.resolve("clusters.json")));
        assertEquals(AnalysisStatus.State.CURRENT, store.analysisStatus().state());
        Files.delete(dir.resolve("clusters.json"));
        outcome = store.updateAnalysis(null);
        assertEquals(AnalysisUpdate.Mode.UNCHANGED, outcome.mode());
        assertEquals(0, outcome.analysed());
    }

    @Test
    void aDamagedOrMissingAnalysisIsRebuiltFromTheTexts() throws IOException {
        FolderCorpusStore store = importAll(StoryTexts.documents(50, 5, 7, 3));
        String before = Files.readString(dir.resolve("clusters.json"));
        Path signatures = dir.resolve(".aurum/analysis/signatures.bin");
        byte[] bytes = Files.readAllBytes(signatures);
        bytes[100] ^= 1;
        Files.write(signatures, bytes);
        Files.delete(dir.resolve("clusters.json"));
        AnalysisRunner.Outcome outcome = store.updateAnalysis(null);
        assertEquals(AnalysisUpdate.Mode.FULL, outcome.mode());
        assertEquals(50, outcome.analysed());
        assertEquals(before, Files.readString(dir.resolve("clusters.json")));
        deleteRecursively(dir.resolve(".aurum/analysis"));
        Files.delete(dir.resolve("clusters.json"));
        assertEquals(AnalysisUpdate.Mode.FULL, store.updateAnalysis(null).mode());
        assertEquals(before, Files.readString(dir.resolve("clusters.json")));
    }

    @Test
    void aClustersFileOfAnOlderAurumIsStaleAndReplaced() throws IOException {
        FolderCorpusStore store = importAll(StoryTexts.documents(20, 4, 0, 4));
        Files.writeString(dir.resolve("clusters.json"), "{\"formatVersion\":1,\"nearDuplicateClusters\":[\n],\"relations\":[\n]}\n");
        AnalysisStatus status = store.analysisStatus();
        assertEquals(new AnalysisStatus(AnalysisStatus.State.STALE, -1, 20), status);
        assertTrue(status.problem().contains("older Aurum"), status.problem());
        assertEquals(AnalysisUpdate.Mode.UNCHANGED, store.updateAnalysis(null).mode());
        assertEquals(AnalysisStatus.State.CURRENT, store.analysisStatus().state());
    }

    @Test
    void addingMoreThanAQuarterRebuildsEverythingInIdOrder() throws IOException {
        List<Document> all = StoryTexts.documents(100, 5, 11, 5);
        FolderCorpusStore once = FolderCorpusStore.create(dir.resolve("once"), CorpusSettings.of("t", new LabelSetRef("news", "1.0")));
        try (DocumentBatch batch = once.batch()) {
            all.forEach(d -> add(batch, d));
        }
        FolderCorpusStore twice = FolderCorpusStore.create(dir.resolve("twice"), CorpusSettings.of("t", new LabelSetRef("news", "1.0")));
        try (DocumentBatch batch = twice.batch()) {
            all.subList(60, 100).forEach(d -> add(batch, d));
        }
        for (Document d : all.subList(0, 60)) {
            twice.addDocument(d);
        }
        AnalysisRunner.Outcome outcome = twice.updateAnalysis(null);
        assertEquals(AnalysisUpdate.Mode.FULL, outcome.mode());
        assertEquals(Files.readString(dir.resolve("once/clusters.json")), Files.readString(dir.resolve("twice/clusters.json")));
    }

    @Test
    void theImportLeavesNoTemporaryFeatureFileAndAnAbandonedOneIsDeleted() throws IOException {
        FolderCorpusStore store = importAll(StoryTexts.documents(10, 2, 0, 6));
        Path analysis = dir.resolve(".aurum/analysis");
        try (Stream<Path> files = Files.list(analysis)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".") || f.toString().endsWith(".features")),
                    "no temporary file left");
        }
        Path abandoned = analysis.resolve("import-1234.features");
        Files.writeString(abandoned, "left by a crash");
        store.addDocument(StoryTexts.documents(11, 2, 0, 6).get(10));
        store.updateAnalysis(null);
        assertFalse(Files.exists(abandoned));
    }

    private static void add(DocumentBatch batch, Document d) {
        try {
            batch.add(d);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
