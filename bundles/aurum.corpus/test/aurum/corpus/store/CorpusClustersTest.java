package aurum.corpus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.corpus.dedup.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicate clusters and related pairs computed at import and kept in clusters.json. */
class CorpusClustersTest {

    @TempDir
    Path dir;

    private static CorpusStore importAll(Path dir, List<Document> documents) throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        try (DocumentBatch batch = store.batch()) {
            for (Document d : documents) {
                batch.add(d);
            }
        }
        return store;
    }

    @Test
    void sampleCopies001And004FormTheOnlyClusterAnd000And002AreRelated() throws IOException {
        importAll(dir, SampleCorpus.documents());
        CorpusStore store = CorpusStore.open(dir);
        assertEquals(Map.of("001", "001", "004", "001"), store.duplicateClusters());
        List<DocumentRelation> relations = store.relations();
        assertEquals(2, relations.size(), relations::toString);
        assertEquals("000", relations.get(0).first());
        assertEquals("002", relations.get(0).second());
        assertEquals(Relation.RELATED, relations.get(0).relation());
        assertEquals("001", relations.get(1).first());
        assertEquals("004", relations.get(1).second());
        assertEquals(Relation.NEAR_DUPLICATE, relations.get(1).relation());
        assertTrue(relations.get(1).similarity() >= 0.5, relations::toString);
    }

    @Test
    void clustersFileHasOneItemPerLineAndDoesNotDependOnImportOrder() throws IOException {
        importAll(dir.resolve("a"), SampleCorpus.documents());
        List<Document> reversed = new ArrayList<>(SampleCorpus.documents());
        Collections.reverse(reversed);
        importAll(dir.resolve("b"), reversed);
        String a = Files.readString(dir.resolve("a/clusters.json"), StandardCharsets.UTF_8);
        assertEquals(a, Files.readString(dir.resolve("b/clusters.json"), StandardCharsets.UTF_8));
        List<String> lines = a.lines().limit(3).toList();
        assertTrue(lines.get(0).matches("\\{\"formatVersion\":1,\"documents\":5,\"corpusDigest\":\"[0-9a-f]{64}\","
                + "\"nearDuplicate\":0.5,\"related\":\\{\"threshold\":0.25,\"neighbours\":5},\"nearDuplicateClusters\":\\["),
                lines.get(0));
        assertEquals(List.of("[\"001\",\"004\"]", "],\"relations\":["), lines.subList(1, 3));
        assertTrue(a.lines().anyMatch(l -> l.startsWith("{\"first\":\"000\",\"second\":\"002\",\"relation\":\"RELATED\"")), a);
        assertTrue(a.endsWith("]}\n"));
    }

    @Test
    void importingInTwoRunsGivesTheSameClustersAsOneRun() throws IOException {
        List<Document> all = SampleCorpus.documents();
        importAll(dir.resolve("once"), all);
        CorpusStore twice = importAll(dir.resolve("twice"), all.subList(0, 2));
        assertEquals(Map.of(), twice.duplicateClusters());
        try (DocumentBatch batch = CorpusStore.open(dir.resolve("twice")).batch()) {
            for (Document d : all.subList(2, 5)) {
                batch.add(d);
            }
        }
        assertEquals(Files.readString(dir.resolve("once/clusters.json")),
                Files.readString(dir.resolve("twice/clusters.json")));
    }

    @Test
    void corpusWithoutImportHasNoClusters() throws IOException {
        CorpusStore store = CorpusStore.create(dir, StoreFixtures.settings());
        store.addDocument(SampleCorpus.documents().get(1));
        assertEquals(Map.of(), store.duplicateClusters());
        assertEquals(List.of(), store.relations());
    }

    @Test
    void malformedClustersFileIsReportedByName() throws IOException {
        importAll(dir, SampleCorpus.documents());
        Files.writeString(dir.resolve("clusters.json"), "{\"formatVersion\":1,\"nearDuplicateClusters\":[[\"001\"]]}\n");
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> CorpusStore.open(dir).duplicateClusters());
        assertTrue(e.getMessage().contains("clusters.json") && e.getMessage().contains("two or more"), e.getMessage());
    }
}
