package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/** {@code aurum assign}, {@code aurum agree} and {@code aurum curate} on a corpus of three annotators. */
class TeamCommandsTest {

    private static final String TEXT = "Blinken met Austin in Tokyo today.";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> List::of);

    @TempDir
    Path dir;
    private CorpusStore store;

    @BeforeEach
    void corpus() throws Exception {
        store = CorpusStore.create(dir, CorpusSettings.of("t", new LabelSetRef("news", "1")));
        store.addDocument(Document.imported("d1", TEXT, DocumentMetadata.NONE));
        store.addDocument(Document.imported("d2", "Nothing here.", DocumentMetadata.NONE));
        save("alice", LayerState.DONE, span(0, 7, "PER"), span(12, 18, "PER"), span(22, 27, "GPE"));
        save("bob", LayerState.DONE, span(0, 7, "PER"), span(12, 18, "ORG"), span(19, 27, "GPE"));
        save("carol", LayerState.IN_PROGRESS, span(0, 7, "PER"), span(22, 27, "GPE"));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void agreeTablePrintsPerLabelRowsPairsAndConfusion() {
        assertEquals(0, cli.run("agree", "--corpus", dir.toString()), err());
        String table = out();
        assertTrue(table.startsWith("Agreement of alice, bob, carol: 1 documents"), table);
        assertTrue(table.contains("(all labels)") && table.contains("GPE") && table.contains("ORG"), table);
        assertTrue(table.contains("Cohen's κ per pair") && table.contains("Span label confusion"), table);
    }

    @Test
    void agreeJsonForTwoAnnotatorsHasTheHandComputedKappa() {
        assertEquals(0, cli.run("agree", "--corpus", dir.toString(), "--annotators", "alice,bob", "--format", "json"),
                err());
        // κ = 19/33 for these two layers (see aurum.agreement's AgreementCalculatorTest)
        assertTrue(out().contains("\"cohenKappa\": 0.575758"), out());
        assertTrue(out().contains("\"annotators\": [\n    \"alice\",\n    \"bob\"\n  ]"), out());
    }

    @Test
    void agreeCsvHasOneRowPerScopeAndLabelFilter() {
        assertEquals(0, cli.run("agree", "--corpus", dir.toString(), "--format", "csv", "--label", "GPE"), err());
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("scope,name,documents,tokens,spans,cohenKappa"), lines.get(0));
        assertTrue(lines.get(1).startsWith("overall,,1,7,3,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("label,GPE,"), lines.get(2));
        assertEquals(3 + 2, lines.size());
    }

    @Test
    void agreeRefusesAnUnknownFormatAndTooFewAnnotators() {
        assertEquals(CommandLine.USAGE, cli.run("agree", "--corpus", dir.toString(), "--format", "xml"));
        assertTrue(err().contains("use one of table, json, csv"), err());
        assertEquals(CommandLine.USAGE, cli.run("agree", "--corpus", dir.toString(), "--annotators", "alice"));
        assertTrue(err().contains("at least 2"));
    }

    @Test
    void assignWritesTheFileAndShowsProgress() throws Exception {
        assertEquals(0, cli.run("assign", "--corpus", dir.toString(), "--annotators", "alice,carol", "--documents",
                "all"), err());
        assertTrue(Files.readString(dir.resolve("assignments.json")).contains("\"carol\": [\n      \"d1\",\n      \"d2\""));
        assertTrue(out().lines().anyMatch(l -> l.matches("alice +2 +1 +0 +1")), out());
        assertTrue(out().lines().anyMatch(l -> l.matches("carol +2 +0 +1 +1")), out());
        assertEquals(CommandLine.USAGE, cli.run("assign", "--corpus", dir.toString(), "--annotators", "bob",
                "--documents", "d9"));
        assertTrue(err().contains("no document [d9]"));
    }

    @Test
    void curateAutoAcceptsAgreedSpansAndCountsDisagreements() throws Exception {
        assertEquals(0, cli.run("curate", "--corpus", dir.toString()), err());
        assertTrue(out().contains("2 open disagreements"), out());
        assertTrue(store.loadLayer("d1", LayerOwner.GOLD).isEmpty(), "without --auto nothing is written");
        assertEquals(0, cli.run("curate", "--corpus", dir.toString(), "--auto"), err());
        // PER Blinken is unanimous; Austin (PER/ORG/none) and Tokyo (GPE 22–27 vs 19–27) are open
        assertTrue(out().contains("1 agreed spans accepted, 2 open disagreements"), out());
        Layer gold = store.loadLayer("d1", LayerOwner.GOLD);
        assertEquals(1, gold.size());
        assertEquals("Blinken", gold.spans().get(0).coveredText(TEXT));
    }

    private void save(String annotator, LayerState state, Span... spans) throws Exception {
        Layer layer = store.loadLayer("d1", LayerOwner.annotator(annotator));
        layer.addAll(List.of(spans));
        layer.setState(state);
        store.saveLayer(layer, 0);
    }

    private static Span span(int start, int end, String label) {
        return Span.builder().range(start, end).label(label).buildFor(TEXT);
    }
}
