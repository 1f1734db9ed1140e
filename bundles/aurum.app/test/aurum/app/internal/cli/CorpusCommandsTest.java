package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.LayerChanges;

/** {@code aurum list}, {@code stats} and {@code validate} on small corpora made in a temporary folder. */
class CorpusCommandsTest {

    private static final LabelSet DEMO = new LabelSet("demo", "Demo", "1.2.0",
            List.of(LabelDefinition.of("WEAPON", "Weapon"), LabelDefinition.of("OFFICIAL", "Official")));

    @TempDir
    Path dir;
    private Path corpus;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(DEMO));

    @BeforeEach
    void createCorpus() throws IOException {
        corpus = dir.resolve("corpus");
        try (CorpusStore store = CorpusStore.create(corpus, CorpusSettings.of("demo corpus",
                new LabelSetRef("demo", "1.2.0")))) {
            add(store, "a", "Blinken saw the Tomahawk\u2019s launch.", "Launch");
            add(store, "b", "Austin met officials in Z\u00FCrich \uD83D\uDE80.", "Meeting");
            add(store, "c", "Nothing to see.", null);
            save(store, "a", LayerOwner.annotator("alice"), LayerState.DONE, span("a1", 0, 7, "OFFICIAL"),
                    span("a2", 16, 24, "WEAPON"));
            save(store, "b", LayerOwner.annotator("alice"), LayerState.IN_PROGRESS, span("b1", 0, 6, "OFFICIAL"));
            save(store, "b", LayerOwner.annotator("bob"), LayerState.DONE, span("b2", 0, 6, "OFFICIAL"));
            save(store, "a", LayerOwner.GOLD, LayerState.CURATED, span("g1", 16, 24, "WEAPON"));
            store.updateAnalysis(); // clusters.json, as an import leaves it
        }
    }

    private static void add(CorpusStore store, String id, String text, String title) throws IOException {
        store.addDocument(Document.imported(id, text, DocumentMetadata.NONE.withTitle(title)));
    }

    private static Span span(String id, int start, int end, String label) {
        return Span.builder().id(id).range(start, end).label(label).created(Instant.parse("2026-01-01T00:00:00Z"))
                .status(SpanStatus.MANUAL).build();
    }

    private static void save(CorpusStore store, String id, LayerOwner owner, LayerState state, Span... spans)
            throws IOException {
        Layer layer = store.loadLayer(id, owner);
        long revision = layer.revision();
        layer.addAll(Arrays.asList(spans));
        layer.setState(state);
        store.saveLayer(layer, revision);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listShowsEveryDocumentInTheShapeOfAPlainFolderListing() {
        assertEquals(0, cli.run("list", "--corpus", corpus.toString()), err());
        List<String> lines = outLines();
        assertEquals(4, lines.size(), lines.toString());
        assertEquals(String.format("%-28s %7d  %s", "a", 34, "Launch"), lines.get(0));
        assertEquals(String.format("%-28s %7d  %s", "c", 15, ""), lines.get(2));
        assertEquals("3 documents", lines.get(3));
        assertTrue(Files.isDirectory(corpus.resolve(".aurum/index")), "served from the index");
    }

    @Test
    void listFiltersByStateAnnotatorLabelAndText() {
        assertEquals(0, cli.run("list", "--corpus", corpus.toString(), "--state", "done"), err());
        assertEquals(List.of("a", "b"), ids());
        out.reset();
        assertEquals(0, cli.run("list", "--corpus", corpus.toString(), "--annotator", "alice", "--state",
                "in-progress"), err());
        assertEquals(List.of("b"), ids());
        out.reset();
        assertEquals(0, cli.run("list", "--corpus", corpus.toString(), "--label", "WEAPON"), err());
        assertEquals(List.of("a"), ids());
        out.reset();
        assertEquals(0, cli.run("list", "--corpus", corpus.toString(), "--text", "tomahawk's"), err());
        assertEquals(List.of("a"), ids());
        assertEquals("1 of 3 documents", outLines().get(1));
        out.reset();
        assertEquals(0, cli.run("list", "--corpus", corpus.toString(), "--text", "zürich", "--annotator", "bob"));
        assertEquals(List.of("b"), ids());
    }

    private List<String> ids() {
        List<String> lines = outLines();
        return lines.subList(0, lines.size() - 1).stream().map(l -> l.split(" ")[0]).toList();
    }

    @Test
    void listRejectsAnUnknownStateAndFiltersOnAPlainFolder() throws IOException {
        assertEquals(CommandLine.USAGE, cli.run("list", "--corpus", corpus.toString(), "--state", "finished"));
        assertTrue(err().contains("--state") && err().contains("use one of new, in-progress, done, curated"), err());
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("x.txt"), "Hello");
        assertEquals(CommandLine.USAGE, cli.run("list", "--corpus", plain.toString(), "--text", "hello"));
        assertTrue(err().contains("import it first"), err());
    }

    @Test
    void statsTableCountsLayersPerStateAndSpansPerLabelAndOwner() {
        assertEquals(0, cli.run("stats", "--corpus", corpus.toString()), err());
        List<String> lines = outLines();
        assertTrue(lines.contains("Documents   3"), lines.toString());
        assertTrue(lines.contains("Characters  " + (34 + 34 + 15)), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  alice +0 +1 +1 +- +3")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  \\[gold\\] +0 +0 +- +1 +1")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  OFFICIAL +2 +1 +0 +3")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("  WEAPON +1 +0 +1 +2")), lines.toString());
    }

    @Test
    void statsOfTheSampleCorpusCountBoilerplateAndNearDuplicates() {
        Path samples = Path.of(System.getProperty("aurum.samples", "../../samples")).resolve("us-japan-defense");
        Path sample = dir.resolve("sample");
        assertEquals(0, cli.run("import", samples.toString(), "--corpus", sample.toString()), err());
        out.reset();
        assertEquals(0, cli.run("stats", "--corpus", sample.toString(), "--format", "json"), err());
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        JsonObject duplicates = json.getAsJsonObject("nearDuplicates");
        assertEquals(1, duplicates.get("clusters").getAsInt(), "001 and 004");
        assertEquals(2, duplicates.get("documentsInClusters").getAsInt());
        assertEquals(1, duplicates.get("relatedPairs").getAsInt(), "000 and 002");
        JsonObject boilerplate = json.getAsJsonObject("boilerplate");
        assertEquals(5, boilerplate.get("documentsWithRegions").getAsInt(), "every sample page has boilerplate");
        assertTrue(boilerplate.get("excludedCharacters").getAsLong() > 0);
        out.reset();
        assertEquals(0, cli.run("stats", "--corpus", sample.toString()), err());
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("Near-duplicates  1 clusters holding 2 documents; 1 related pairs"), table);
    }

    @Test
    void statsJsonHasTheSameFigures() {
        assertEquals(0, cli.run("stats", "--corpus", corpus.toString(), "--format", "json"), err());
        JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals(3, json.get("documents").getAsInt());
        assertEquals(83, json.get("characters").getAsLong());
        JsonObject alice = json.getAsJsonObject("layers").getAsJsonObject("annotator:alice");
        assertEquals(1, alice.getAsJsonObject("states").get("DONE").getAsInt());
        assertEquals(2, alice.getAsJsonObject("spans").get("OFFICIAL").getAsInt());
        assertEquals(1, json.getAsJsonObject("layers").getAsJsonObject("gold").getAsJsonObject("states")
                .get("CURATED").getAsInt());
        assertEquals(3, json.getAsJsonObject("spansPerLabel").get("OFFICIAL").getAsInt());
        assertEquals(CommandLine.USAGE, cli.run("stats", "--corpus", corpus.toString(), "--format", "xml"));
    }

    @Test
    void validateOfACleanCorpusSaysSoAndExitsZero() {
        assertEquals(0, cli.run("validate", "--corpus", corpus.toString()), err());
        assertEquals(List.of("No problems: 3 documents and 4 layers checked"), outLines());
    }

    @Test
    void validateReportsEachProblemWithFileAndOffset() throws IOException {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            // "Nothing to see." : unknown label, whitespace at the end, an exact duplicate
            save(store, "c", LayerOwner.annotator("carol"), LayerState.IN_PROGRESS, span("c1", 0, 7, "PLACE"),
                    span("c2", 8, 11, "WEAPON"), span("c3", 8, 11, "WEAPON"));
        }
        Path bob = corpus.resolve("layers/annotators/bob/b.json");
        Files.writeString(bob, Files.readString(bob).replace("\"end\":6", "\"end\":99"));
        Path gold = corpus.resolve("layers/gold/a.json");
        Files.writeString(gold, "{\"formatVersion\":1,\"document\":\"a\",\n");
        Files.writeString(corpus.resolve("layers/gold/ghost.json"), "{}");

        assertEquals(ValidateCommand.PROBLEMS, cli.run("validate", "--corpus", corpus.toString()), err());
        List<String> lines = outLines();
        assertTrue(lines.contains("layers/annotators/bob/b.json:0: Document 'b', offset 0: span 'b2' ends at 99,"
                + " beyond the end of the text (length 33); fix or delete the span")
                || lines.stream().anyMatch(l -> l.startsWith("layers/annotators/bob/b.json:0: ") && l.contains("99")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/annotators/carol/c.json:0: ")
                && l.contains("PLACE")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/annotators/carol/c.json:8: ")
                && l.contains("duplicates")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/gold/a.json:0: ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/gold/ghost.json:0: ")
                && l.contains("does not have")), lines.toString());
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("\\d+ problems in 4 files; 3 documents and 5 layers checked"), summary);
    }

    @Test
    void validateReportsAMissingOrStaleClustersFileAndTheNextImportRepairsIt() throws IOException {
        Files.delete(corpus.resolve("clusters.json"));
        assertEquals(ValidateCommand.PROBLEMS, cli.run("validate", "--corpus", corpus.toString()), err());
        assertTrue(outLines().get(0).startsWith("clusters.json:0: clusters.json is missing")
                && outLines().get(0).contains("aurum import"), outLines().toString());
        out.reset();
        assertEquals(0, cli.run("import", "--corpus", corpus.toString()), err());
        assertTrue(Files.exists(corpus.resolve("clusters.json")));
        out.reset();
        assertEquals(0, cli.run("validate", "--corpus", corpus.toString()), err());
        // a document added without an import makes the file stale; importing a file already there repairs it
        try (CorpusStore store = CorpusStore.open(corpus)) {
            add(store, "d", "Kishida and Austin met in Tokyo on Monday.", null);
        }
        out.reset();
        assertEquals(ValidateCommand.PROBLEMS, cli.run("validate", "--corpus", corpus.toString()), err());
        assertTrue(outLines().get(0).startsWith("clusters.json:0: clusters.json was computed from 3 documents, but the"
                + " corpus now has 4"), outLines().toString());
        Path again = dir.resolve("c.txt");
        Files.writeString(again, "Nothing to see.");
        out.reset();
        assertEquals(0, cli.run("import", again.toString(), "--corpus", corpus.toString()), err());
        assertTrue(outLines().get(0).startsWith("0 documents added, 1 already in the corpus"), outLines().toString());
        out.reset();
        assertEquals(0, cli.run("validate", "--corpus", corpus.toString()), err());
    }

    @Test
    void validateFlagsWhitespaceAtASpanEnd() throws IOException {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            save(store, "c", LayerOwner.annotator("carol"), LayerState.IN_PROGRESS, span("c1", 0, 8, "WEAPON"));
        }
        assertEquals(ValidateCommand.PROBLEMS, cli.run("validate", "--corpus", corpus.toString()));
        assertTrue(outLines().get(0).startsWith("layers/annotators/carol/c.json:"), outLines().toString());
        assertTrue(outLines().get(0).startsWith("layers/annotators/carol/c.json:7: ")
                && outLines().get(0).contains("ends with U+0020"), outLines().toString());
    }

    @Test
    void validateReadsJournaledEditsAndReportsJournalsNothingReads() throws IOException {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            // an editor's save: one journal line on top of alice's layer of "a"; the span ends in a space
            Layer layer = store.loadLayer("a", LayerOwner.annotator("alice"));
            long revision = layer.revision();
            Span bad = span("a3", 8, 16, "WEAPON");
            layer.add(bad);
            store.saveChanges(layer, revision, LayerChanges.builder().put(bad).build());
        }
        assertTrue(Files.exists(corpus.resolve("layers/annotators/alice/a.journal.jsonl")));
        Files.copy(corpus.resolve("layers/annotators/alice/a.journal.jsonl"),
                corpus.resolve("layers/annotators/alice/gone.journal.jsonl"));
        Files.copy(corpus.resolve("layers/annotators/alice/a.journal.jsonl"),
                corpus.resolve("layers/annotators/alice/c.journal.jsonl"));

        assertEquals(ValidateCommand.PROBLEMS, cli.run("validate", "--corpus", corpus.toString()), err());
        List<String> lines = outLines();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/annotators/alice/a.json:15: ")
                && l.contains("ends with U+0020")), "the journaled span is checked: " + lines);
        assertTrue(lines.contains("layers/annotators/alice/gone.journal.jsonl:0: change journal of a document the"
                + " corpus does not have (no documents/gone.meta.json); restore the document from git or delete"
                + " the journal"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("layers/annotators/alice/c.journal.jsonl:0: ")
                && l.contains("without its layer file layers/annotators/alice/c.json")), lines.toString());
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("3 problems in 3 files; 3 documents and 4 layers checked"), summary);
    }

    @Test
    void validateOfAMissingCorpusIsAUsageError() {
        assertEquals(CommandLine.USAGE, cli.run("validate", "--corpus", dir.resolve("none").toString()));
        assertTrue(err().contains("does not exist"), err());
        assertEquals(CommandLine.USAGE, cli.run("validate"));
    }
}
