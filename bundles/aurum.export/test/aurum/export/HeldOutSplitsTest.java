package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;

/**
 * Splits keep held-out data: a corpus of one topic (many related documents, few near-duplicates) still
 * splits 80/10/10 within 5 points with every near-duplicate cluster whole; a split the clusters make
 * impossible fails before writing, or with the rules' consent is written and reports its real shares.
 */
class HeldOutSplitsTest {

    @TempDir
    Path tmp;

    private static final Exporter JSONL = ExporterRegistry.builtIn().find("jsonl").orElseThrow();

    private static Map<String, String> splitOf(Path out) throws IOException {
        Map<String, String> split = new TreeMap<>();
        for (String name : List.of("train", "dev", "test")) {
            for (String line : Files.readAllLines(out.resolve(name + ".jsonl"))) {
                split.put(JsonParser.parseString(line).getAsJsonObject().get("id").getAsString(), name);
            }
        }
        return split;
    }

    private static JsonObject manifest(Path out) throws IOException {
        return JsonParser.parseString(Files.readString(out.resolve("manifest.json"))).getAsJsonObject();
    }

    @Test
    void aCorpusOfOneTopicSplits80_10_10WithinFivePointsAndKeepsEveryCopyWithItsOriginal() throws Exception {
        OneTopicCorpus.Made corpus = OneTopicCorpus.create(tmp.resolve("corpus"), 400, 11);
        assertTrue(corpus.copies().size() >= 5, "a few near-duplicates: " + corpus.copies().size());
        long related = corpus.store().relations().stream().filter(r -> r.relation() == aurum.corpus.dedup.Relation.RELATED).count();
        assertTrue(related > 200, "many related pairs: " + related);
        for (long seed = 1; seed <= 3; seed++) {
            Path out = tmp.resolve("out-" + seed);
            ExportResult result = CorpusExport.run(corpus.store(), JSONL,
                    ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), seed, false), out, ExportProgress.NONE);
            Map<String, String> split = splitOf(out);
            assertEquals(400, split.size());
            Map<String, Integer> counts = new HashMap<>();
            split.values().forEach(s -> counts.merge(s, 1, Integer::sum));
            assertEquals(0.80, counts.get("train") / 400.0, 0.05, counts.toString());
            assertEquals(0.10, counts.get("dev") / 400.0, 0.05, counts.toString());
            assertEquals(0.10, counts.get("test") / 400.0, 0.05, counts.toString());
            for (String[] copy : corpus.copies()) {
                assertEquals(split.get(copy[0]), split.get(copy[1]), "copy " + copy[1] + " of " + copy[0]);
            }
            JsonObject achieved = manifest(out).getAsJsonObject("splitShares").getAsJsonObject("achieved");
            assertEquals(counts.get("dev") / 400.0, achieved.get("dev").getAsDouble(), 1e-4);
            assertEquals(result.split().largestGroupSize(), manifest(out).getAsJsonObject("largestGroup").get("documents").getAsInt());
            assertTrue(result.split().worstMiss() <= 0.05);
        }
    }

    @Test
    void relatedDocumentsAreKeptTogetherOnlyWhenAskedAndThenInBoundedGroups() throws Exception {
        OneTopicCorpus.Made corpus = OneTopicCorpus.create(tmp.resolve("corpus"), 300, 12);
        Path out = tmp.resolve("related");
        ExportResult result = CorpusExport.run(corpus.store(), JSONL, ExportOptions.defaults()
                .withSplit(SplitSpec.parse("80/10/10"), 5, false).withSplitRules(new SplitRules(8, false)), out,
                ExportProgress.NONE);
        assertTrue(result.split().largestGroupSize() <= 8 + 1, "groups bounded (a copy may join a full group): "
                + result.split().largestGroupSize());
        assertTrue(result.split().worstMiss() <= 0.05, result.split().describeAchieved());
        // stories of more than eight documents cannot stay whole: the warning names the largest groups
        assertTrue(result.split().warnings().stream().anyMatch(w -> w.contains("left in different splits")
                && w.contains("8 documents or fewer")), result.split().warnings().toString());
        assertEquals(8, manifest(out).getAsJsonObject("options").get("keepRelatedUpTo").getAsInt());
        // most documents of a story end in one split
        Map<String, String> split = splitOf(out);
        int together = 0;
        int pairs = 0;
        for (int a = 0; a < corpus.ids().size(); a++) {
            for (int b = a + 1; b < corpus.ids().size() && b < a + 12; b++) {
                if (corpus.storyOf().get(a).equals(corpus.storyOf().get(b))) {
                    pairs++;
                    together += split.get(corpus.ids().get(a)).equals(split.get(corpus.ids().get(b))) ? 1 : 0;
                }
            }
        }
        assertTrue(together > pairs * 0.7, together + " of " + pairs + " story pairs in one split");
    }

    /** 56 edited copies of one article and four other documents: one cluster of 56 cannot leave 20% out of train. */
    private CorpusStore corpusWithOneHugeCluster() throws IOException {
        CorpusStore store = Fixtures.corpus(tmp.resolve("huge"));
        String article = String.join(" ", java.util.Collections.nCopies(1, OneTopicArticle.TEXT));
        try (var batch = store.batch()) {
            for (int i = 0; i < 56; i++) {
                batch.add(aurum.core.model.Document.imported(String.format("copy%02d", i), article + " Edition " + i + ".",
                        aurum.core.model.DocumentMetadata.NONE));
            }
            for (int i = 0; i < 4; i++) {
                batch.add(aurum.core.model.Document.imported("other" + i, OneTopicArticle.other(i),
                        aurum.core.model.DocumentMetadata.NONE));
            }
        }
        for (String id : store.documentIds()) {
            var gold = store.loadLayer(id, LayerOwner.GOLD);
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        assertEquals(56, store.duplicateClusters().size());
        return store;
    }

    @Test
    void aSplitTheClustersMakeImpossibleFailsBeforeWritingAnything() throws Exception {
        CorpusStore store = corpusWithOneHugeCluster();
        Path out = tmp.resolve("out");
        SplitNotPossibleException e = assertThrows(SplitNotPossibleException.class, () -> CorpusExport.run(store, JSONL,
                ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 1, false), out, ExportProgress.NONE));
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(e.getMessage().contains("copy00 with 56 documents"), e.getMessage());
        assertTrue(e.getMessage().contains("train 93.3%"), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-uneven-split"), e.getMessage());
        assertEquals(56, e.report().largestGroupSize());
    }

    @Test
    void anUnevenSplitIsWrittenWhenAllowedAndReportsTheSharesItGot() throws Exception {
        CorpusStore store = corpusWithOneHugeCluster();
        Path out = tmp.resolve("out");
        ExportResult result = CorpusExport.run(store, JSONL, ExportOptions.defaults()
                .withSplit(SplitSpec.parse("80/10/10"), 1, false).withSplitRules(new SplitRules(0, true)), out,
                ExportProgress.NONE);
        assertEquals(56.0 / 60, result.split().achieved().get("train"), 1e-9);
        assertEquals("train 93.3%, dev 3.3%, test 3.3%", result.split().describeAchieved());
        JsonObject manifest = manifest(out);
        assertEquals(0.9333, manifest.getAsJsonObject("splitShares").getAsJsonObject("achieved").get("train").getAsDouble());
        assertEquals(0.8, manifest.getAsJsonObject("splitShares").getAsJsonObject("requested").get("train").getAsDouble());
        assertEquals("copy00", manifest.getAsJsonObject("largestGroup").get("id").getAsString());
        assertEquals(56, manifest.getAsJsonObject("largestGroup").get("documents").getAsInt());
        assertTrue(manifest.getAsJsonObject("options").get("allowUnevenSplit").getAsBoolean());
    }

    @Test
    void documentsAddedWithoutAnImportAreAnalysedBeforeSplittingSoCopiesStayTogether() throws Exception {
        CorpusStore store = Fixtures.corpus(tmp.resolve("plain"));
        for (int i = 0; i < 10; i++) {
            String text = i < 2 ? OneTopicArticle.TEXT + " Version " + i + "." : OneTopicArticle.other(i);
            Fixtures.gold(store, "d" + i, text);
        }
        assertFalse(store.analysisStatus().isCurrent(), "no import, so no clusters.json");
        for (long seed = 0; seed < 6; seed++) {
            Path out = tmp.resolve("out" + seed);
            ExportResult result = CorpusExport.run(store, JSONL,
                    ExportOptions.defaults().withSplit(SplitSpec.parse("50/50"), seed, false).withSplitRules(new SplitRules(0, true)),
                    out, ExportProgress.NONE);
            Map<String, String> split = new TreeMap<>();
            for (String name : List.of("train", "test")) {
                for (String line : Files.readAllLines(out.resolve(name + ".jsonl"))) {
                    split.put(JsonParser.parseString(line).getAsJsonObject().get("id").getAsString(), name);
                }
            }
            assertEquals(split.get("d0"), split.get("d1"), "seed " + seed);
            if (seed == 0) {
                assertTrue(result.split().notices().get(0).contains("brought up to date"), result.split().notices().toString());
            }
        }
        assertTrue(store.analysisStatus().isCurrent());
    }
}
