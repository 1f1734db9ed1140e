package aurum.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.export.internal.pipeline.SplitPlanner;

/** Splits are reproducible from the seed and never separate near-duplicates. */
class SplitsTest {


    @TempDir
    Path tmp;

    /**
     * The five sample pages imported as the importer does (in a batch, which finds near-duplicates and
     * related pages), with an (empty) curated gold layer each, so all are exported.
     */
    private CorpusStore sampleCorpus() throws Exception {
        CorpusStore store = Fixtures.corpus(tmp.resolve("samples"));
        List<String> ids = Fixtures.importSamples(store);
        for (String id : ids) {
            Layer gold = store.loadLayer(id, LayerOwner.GOLD);
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        return store;
    }

    private static Map<String, String> splitOf(Path out) throws IOException {
        Map<String, String> split = new TreeMap<>();
        for (String name : List.of("train", "dev", "test")) {
            for (String line : Files.readAllLines(out.resolve(name + ".jsonl"))) {
                JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                split.put(o.get("id").getAsString(), name);
            }
        }
        return split;
    }

    private static String splitStartingWith(Map<String, String> split, String prefix) {
        return split.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow().getValue();
    }

    @Test
    void theSyndicatedCopies001And004NeverStraddleSplits() throws Exception {
        CorpusStore store = sampleCorpus();
        Set<Map<String, String>> distinct = new HashSet<>();
        for (long seed = 0; seed < 12; seed++) {
            Path out = tmp.resolve("seed-" + seed);
            CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(),
                    ExportOptions.defaults().withSplit(SplitSpec.parse("40/30/30"), seed, false), out, ExportProgress.NONE);
            Map<String, String> split = splitOf(out);
            assertEquals(5, split.size(), split.toString());
            String a = split.entrySet().stream().filter(e -> e.getKey().startsWith("001")).findFirst().orElseThrow().getValue();
            String b = split.entrySet().stream().filter(e -> e.getKey().startsWith("004")).findFirst().orElseThrow().getValue();
            assertEquals(a, b, "seed " + seed + ": " + split);
            distinct.add(split);
        }
        assertTrue(distinct.size() > 1, "different seeds give different splits");
    }

    @Test
    void relatedPages000And002StayTogetherWhenAskedTo() throws Exception {
        CorpusStore store = sampleCorpus();
        for (long seed = 0; seed < 12; seed++) {
            Path out = tmp.resolve("related-" + seed);
            CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), ExportOptions.defaults()
                    .withSplit(SplitSpec.parse("40/30/30"), seed, false).withSplitRules(new SplitRules(10, false)), out,
                    ExportProgress.NONE);
            Map<String, String> split = splitOf(out);
            assertEquals(splitStartingWith(split, "000"), splitStartingWith(split, "002"),
                    "related pages 000/002, seed " + seed + ": " + split);
            assertEquals(splitStartingWith(split, "001"), splitStartingWith(split, "004"));
        }
    }

    @Test
    void theSameSeedGivesTheSameSplitAndManifestCounts() throws Exception {
        CorpusStore store = sampleCorpus();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        ExportOptions options = ExportOptions.defaults().withSplit(SplitSpec.parse("80/10/10"), 42, false);
        CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), options, a, ExportProgress.NONE);
        CorpusExport.run(store, ExporterRegistry.builtIn().find("jsonl").orElseThrow(), options, b, ExportProgress.NONE);
        assertEquals(splitOf(a), splitOf(b));
        JsonObject manifest = JsonParser.parseString(Files.readString(a.resolve("manifest.json"))).getAsJsonObject();
        assertEquals(5, manifest.getAsJsonObject("corpus").get("documents").getAsInt());
        assertEquals("news", manifest.getAsJsonObject("labelSet").get("id").getAsString());
        assertEquals(42, manifest.getAsJsonObject("options").get("seed").getAsInt());
        long docs = manifest.getAsJsonObject("splits").entrySet().stream()
                .mapToLong(e -> e.getValue().getAsJsonObject().get("documents").getAsLong()).sum();
        assertEquals(5, docs);
        assertTrue(manifest.getAsJsonArray("files").toString().contains("\"path\":\"train.jsonl\""));
    }

    @Test
    void sharesAreMetOnALargerCorpusAndClustersStayWhole() {
        Map<String, Map<String, Integer>> labels = new TreeMap<>();
        Map<String, String> clusters = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            String id = String.format("d%04d", i);
            labels.put(id, Map.of(i % 10 == 0 ? "RARE" : "COMMON", 1));
            if (i % 7 == 0) {
                clusters.put(id, "c" + (i / 70)); // clusters of up to ten documents
            }
        }
        Map<String, Integer> plan = SplitPlanner.plan(labels, clusters, SplitSpec.parse("80/10/10"), 3, true);
        int[] sizes = new int[3];
        int[] rare = new int[3];
        plan.forEach((id, split) -> {
            sizes[split]++;
            rare[split] += labels.get(id).containsKey("RARE") ? 1 : 0;
        });
        assertTrue(Math.abs(sizes[0] - 800) <= 10 && Math.abs(sizes[1] - 100) <= 10, java.util.Arrays.toString(sizes));
        assertTrue(Math.abs(rare[0] - 80) <= 5 && Math.abs(rare[1] - 10) <= 5 && Math.abs(rare[2] - 10) <= 5,
                "stratified: " + java.util.Arrays.toString(rare));
        Map<String, Set<Integer>> splitsOfCluster = new HashMap<>();
        clusters.forEach((id, c) -> splitsOfCluster.computeIfAbsent(c, k -> new HashSet<>()).add(plan.get(id)));
        assertTrue(splitsOfCluster.values().stream().allMatch(s -> s.size() == 1));
    }
}
