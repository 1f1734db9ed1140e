package aurum.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;

/**
 * Documents are read and tokenized on several threads but written in corpus order: every file of an
 * export, the manifest and the report included, must be byte for byte what one thread writes, and a
 * failure or a cancel on any thread must still leave nothing behind.
 */
class ParallelExportTest {

    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*");

    @TempDir
    Path tmp;

    private CorpusStore store;

    /**
     * The sample pages (boilerplate regions and near-duplicate clusters from the batch import) with capitalised
     * words and runs of them as gold spans, nested and overlapping, plus random documents with emoji,
     * combining marks and CRLF: enough for dropped, trimmed and expanded spans in the report.
     */
    @BeforeEach
    void corpus() throws Exception {
        store = Fixtures.corpus(tmp.resolve("corpus"));
        List<String> ids = Fixtures.importSamples(store);
        String[] labels = {"PER", "LOC", "ORG"};
        for (String id : ids) {
            Layer gold = store.loadLayer(id, LayerOwner.GOLD);
            String text = gold.document().text();
            Matcher m = NAME.matcher(text);
            int n = 0;
            while (m.find()) {
                gold.add(span(m.start(), m.end(), labels[n++ % labels.length]));
                if (m.end() - m.start() > 6) { // a nested span and one that starts inside a word
                    gold.add(span(m.start(), m.start() + 4, "PER"));
                    gold.add(span(m.start() + 1, m.end(), "ORG"));
                }
            }
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        Random random = new Random(7);
        java.util.Set<String> texts = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            RandomDocuments.Doc doc = RandomDocuments.next(random, true);
            while (!texts.add(doc.text())) {
                doc = RandomDocuments.next(random, true);
            }
            Fixtures.gold(store, String.format("rnd-%03d", i), doc.text(), RandomDocuments.triples(doc));
        }
    }

    @Test
    void everyFormatWritesTheSameBytesOnFourThreadsAsOnOne() throws Exception {
        ExportOptions split = ExportOptions.defaults().withAurumVersion("test")
                .withSplit(SplitSpec.parse("70/15/15"), 3, true).withOverlap(OverlapPolicy.KEEP_LONGEST);
        for (Exporter exporter : ExporterRegistry.builtIn().exporters()) {
            assertSameExport(exporter, split, exporter.id() + "-keep-longest");
        }
        ExportOptions perLabel = split.withOverlap(OverlapPolicy.ONE_FILE_PER_LABEL).withBoundary(BoundaryPolicy.SPLIT)
                .withTagScheme(TagScheme.BILOU);
        assertSameExport(ExporterRegistry.builtIn().find("conll").orElseThrow(), perLabel, "conll-per-label");
        ExportOptions drop = split.withOverlap(OverlapPolicy.KEEP_FIRST).withBoundary(BoundaryPolicy.DROP)
                .withExcludeRegions(false);
        assertSameExport(ExporterRegistry.builtIn().find("conll").orElseThrow(), drop, "conll-drop");
    }

    private void assertSameExport(Exporter exporter, ExportOptions options, String name) throws Exception {
        Path one = tmp.resolve(name + "-1");
        Path four = tmp.resolve(name + "-4");
        ExportResult a = CorpusExport.run(store, exporter, options, one, ExportProgress.NONE, 1);
        ExportResult b = CorpusExport.run(store, exporter, options, four, ExportProgress.NONE, 4);
        Map<String, byte[]> first = files(one);
        Map<String, byte[]> second = files(four);
        assertEquals(first.keySet(), second.keySet(), name);
        assertTrue(first.containsKey("manifest.json") && first.containsKey("report.jsonl"), name + ": " + first.keySet());
        for (String file : first.keySet()) {
            assertArrayEquals(first.get(file), second.get(file), name + ": " + file + " differs");
        }
        assertEquals(a.reported(), b.reported(), name);
        assertTrue(a.reported() > 0, name + ": the corpus should make the export report spans");
        assertEquals(a.splits().keySet(), b.splits().keySet(), name);
    }

    @Test
    void theWritingPassWritesTheSpansOfEachLayerReadWithItsTextThoughItReadsLayersOnlyInThePlan() throws Exception {
        // the planning pass keeps the selected spans for the writing pass; they must be what reading each
        // layer again with its text selects (the writing pass did that before), for every thread count
        ExportOptions options = ExportOptions.defaults().withExcludeRegions(false).withLabelMap(Map.of("ORG", "ORGANIZATION"))
                .withSplit(SplitSpec.parse("80/20"), 5, false);
        Exporter jsonl = ExporterRegistry.builtIn().find("jsonl").orElseThrow();
        Map<String, List<String>> expected = new TreeMap<>();
        for (var info : store.documents()) {
            var document = store.document(info.id()).orElseThrow();
            expected.put(info.id(), store.layerSnapshot(document, LayerOwner.GOLD).spans().stream()
                    .filter(s -> s.status().isAnnotation())
                    .sorted(java.util.Comparator.comparingInt(Span::start).thenComparing(Span::end, java.util.Comparator.reverseOrder())
                            .thenComparing(s -> s.labelId().equals("ORG") ? "ORGANIZATION" : s.labelId()))
                    .map(s -> s.start() + " " + s.end() + " " + (s.labelId().equals("ORG") ? "ORGANIZATION" : s.labelId()))
                    .toList());
        }
        for (int threads : new int[] {1, 3}) {
            Path out = tmp.resolve("spans-" + threads);
            CorpusExport.run(store, jsonl, options, out, ExportProgress.NONE, threads);
            Map<String, List<String>> written = new TreeMap<>();
            for (String split : List.of("train", "test")) {
                for (String line : Files.readAllLines(out.resolve(split + ".jsonl"))) {
                    var json = com.google.gson.JsonParser.parseString(line).getAsJsonObject();
                    List<String> spans = new java.util.ArrayList<>();
                    json.getAsJsonArray("spans").forEach(e -> spans.add(e.getAsJsonObject().get("start").getAsInt() + " "
                            + e.getAsJsonObject().get("end").getAsInt() + " " + e.getAsJsonObject().get("label").getAsString()));
                    written.put(json.get("id").getAsString(), spans);
                }
            }
            assertEquals(expected, written, threads + " threads");
            assertNoStagingLeft(); // the plan's scratch file is gone after a successful export too
        }
    }

    @Test
    void aBrokenLayerInTheMiddleFailsTheExportOnAnyThreadAndLeavesNothing() throws Exception {
        String id = null;
        int emoji = -1;
        for (int i = 20; id == null; i++) { // a document in the middle of the corpus with an emoji
            String candidate = String.format("rnd-%03d", i);
            emoji = store.document(candidate).orElseThrow().text().indexOf('\uD83D');
            id = emoji >= 0 ? candidate : null;
        }
        Path layer = tmp.resolve("corpus/layers/gold/" + id + ".json");
        // parses, so the planning pass (which reads layers without the text) lets it through; the writing
        // pass checks spans against the text and refuses this span, which splits the emoji's surrogate pair
        Files.writeString(layer, Files.readString(layer).replaceFirst("\\[\\n", "[\n" + spanLine(emoji + 1, emoji + 2) + ",\n"));
        String broken = id;
        for (int threads : new int[] {1, 4}) {
            Path out = tmp.resolve("broken-" + threads);
            ExportException e = assertThrows(ExportException.class, () -> CorpusExport.run(store,
                    ExporterRegistry.builtIn().find("jsonl").orElseThrow(), ExportOptions.defaults(), out,
                    ExportProgress.NONE, threads));
            assertTrue(e.getMessage().contains(broken + ".json"), threads + " threads: " + e.getMessage());
            assertFalse(Files.exists(out), "nothing at the destination");
            assertNoStagingLeft();
        }
    }

    @Test
    void cancellingWhileThreadsWorkLeavesNothing() throws Exception {
        AtomicInteger written = new AtomicInteger();
        ExportProgress cancelSoon = new ExportProgress() {
            @Override
            public void worked(String phase, long done, long total) {
                if (phase.equals("Exporting")) {
                    written.set((int) done);
                }
            }

            @Override
            public boolean isCancelled() {
                return written.get() >= 5;
            }
        };
        Path out = tmp.resolve("cancelled");
        ExportException e = assertThrows(ExportException.class, () -> CorpusExport.run(store,
                ExporterRegistry.builtIn().find("conll").orElseThrow(), ExportOptions.defaults()
                        .withOverlap(OverlapPolicy.KEEP_LONGEST), out, cancelSoon, 4));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertEquals(5, written.get(), "the writer stops at the first check after the cancel");
        assertFalse(Files.exists(out));
        assertNoStagingLeft();
    }

    @Test
    void threadsBelowOneAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CorpusExport.run(store,
                ExporterRegistry.builtIn().find("jsonl").orElseThrow(), ExportOptions.defaults(), tmp.resolve("x"),
                ExportProgress.NONE, 0));
    }

    private void assertNoStagingLeft() throws IOException {
        try (Stream<Path> children = Files.list(tmp)) {
            List<String> staging = children.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            assertEquals(List.of(), staging, "staging folders left behind");
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static Span span(int start, int end, String label) {
        return Span.builder().range(start, end).label(label).created(Instant.EPOCH).build();
    }

    private static String spanLine(int start, int end) {
        return "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"start\":" + start + ",\"end\":" + end
                + ",\"label\":\"PER\",\"created\":\"1970-01-01T00:00:00Z\",\"modified\":\"1970-01-01T00:00:00Z\","
                + "\"status\":\"MANUAL\"}";
    }
}
