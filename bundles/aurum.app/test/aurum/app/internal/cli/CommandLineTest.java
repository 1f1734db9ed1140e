package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> () -> List.of(new LabelSet("demo", "Demo", "1.2.0",
                    List.of(LabelDefinition.of("WEAPON", "Weapon").withHotkey('w'),
                            LabelDefinition.of("WEAPON.HYPERSONIC", "Hypersonic").withParent("WEAPON").withHotkey('h')))));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertEquals(0, cli.run("--help"));
        assertTrue(out().contains("  list ") && out().contains("  version ") && out().contains("screenshot"),
                out());
    }

    @Test
    void listPrintsTheSampleDocuments() {
        String samples = System.getProperty("aurum.samples", "../../samples") + "/us-japan-defense";
        assertEquals(0, cli.run("list", "--corpus", samples));
        assertTrue(out().contains("000_a32fd7d8af559016") && out().contains("5 documents"), out());
    }

    @Test
    void unknownCommandPointsToHelp() {
        assertEquals(CommandLine.USAGE, cli.run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'") && err().contains("--help"), err());
    }

    @Test
    void missingOptionPrintsTheUsage() {
        assertEquals(CommandLine.USAGE, cli.run("list"));
        assertTrue(err().contains("Missing required option: '--corpus=DIR'") && err().contains("usage: aurum list ")
                && err().contains("Run 'aurum list --help'"), err());
    }

    @Test
    void missingCorpusFolderIsNamed() {
        assertEquals(CommandLine.USAGE, cli.run("list", "--corpus", "/nonexistent/corpus"));
        assertTrue(err().contains("/nonexistent/corpus") && err().contains("does not exist"), err());
    }

    @Test
    void labelsShowsEachSetWithChildrenIndentedUnderTheirParent() {
        assertEquals(0, cli.run("labels"));
        String[] lines = out().split("\\R");
        assertEquals("demo 1.2.0  Demo (2 labels)", lines[0]);
        assertTrue(lines[1].matches("  WEAPON +w  Weapon"), lines[1]);
        assertTrue(lines[2].matches("    WEAPON.HYPERSONIC +h  Hypersonic"), lines[2]);
        assertEquals("1 label sets", lines[3]);
    }

    @Test
    void importCreatesTheCorpusAndIsIdempotent(@TempDir Path dir) throws Exception {
        String samples = System.getProperty("aurum.samples", "../../samples") + "/us-japan-defense";
        Path corpus = dir.resolve("corpus");
        assertEquals(0, cli.run("import", samples, "--corpus", corpus.toString()), err());
        assertTrue(out().contains("5 documents added, 0 already in the corpus"), out());
        assertTrue(out().contains("2 documents in 1 near-duplicate clusters, 1 related pairs"), out());
        assertEquals(5, CorpusStore.open(corpus).documents().size());
        assertEquals(2, CorpusStore.open(corpus).duplicateClusters().size());
        assertEquals(0, cli.run("import", samples, "--corpus", corpus.toString()), err());
        assertTrue(out().contains("0 documents added, 5 already in the corpus"), out());
    }

    @Test
    void importConvertsCodePointOffsetsAndStoresSpansInTheImportersLayer(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, "{\"id\":\"d1\",\"text\":\"\ud83d\ude00 Blinken met Austin.\","
                + "\"label\":[[2,9,\"OFFICIAL\"],[14,20,\"OFFICIAL\"]]}\n");
        Path corpus = dir.resolve("c");
        assertEquals(0, cli.run("import", jsonl.toString(), "--corpus", corpus.toString(), "--annotator", "ann",
                "--offsets", "codepoints"), err());
        Layer layer = CorpusStore.open(corpus).loadLayer("d1", LayerOwner.annotator("ann"));
        assertEquals(List.of("Blinken", "Austin"), layer.spans().stream()
                .map(s -> layer.document().text().substring(s.start(), s.end())).toList());
    }

    @Test
    void importOfUnknownFormatAsksForFormat(@TempDir Path dir) throws Exception {
        Path odd = Files.writeString(dir.resolve("data.xyz"), "x");
        assertEquals(CommandLine.USAGE, cli.run("import", odd.toString(), "--corpus", dir.resolve("c").toString()));
        assertTrue(err().contains("give --format"), err());
    }

    @Test
    void progressBarFillsInProportion() {
        assertEquals("Importing [###############               ] 5/10", ProgressLine.render("Importing", 5, 10));
    }
}
