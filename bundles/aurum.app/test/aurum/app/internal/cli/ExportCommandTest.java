package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

class ExportCommandTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), () -> List::of);

    private static final String[] REPORTS = {"Talks on port fees ended without a deal.",
        "The harbour authority raised its estimate for the new pier.", "Rain delayed the festival parade by two hours.",
        "A bank in the city cut its lending rate again.", "Farmers asked for help after the early frost.",
        "The museum opened a wing for ceramics from the north.", "Train services resumed after the typhoon passed.",
        "The council voted to rebuild the old bridge.", "Students protested the rise in tuition.",
        "A new ferry line links the two islands from spring."};

    private Path corpus() throws Exception {
        Path dir = tmp.resolve("corpus");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        for (int i = 0; i < 10; i++) {
            // ten different reports (ten near-identical ones would be one near-duplicate cluster, unsplittable)
            String text = "Minister Kato visited Osaka on day " + i + ".\n" + REPORTS[i] + "\n";
            Document d = Document.imported("d" + i, text, DocumentMetadata.NONE);
            store.addDocument(d);
            Layer gold = new Layer(d, LayerOwner.GOLD);
            gold.add(Span.builder().range(9, 13).label("PER").created(Instant.EPOCH).build());
            gold.add(Span.builder().range(22, 27).label("LOC").created(Instant.EPOCH).build());
            gold.add(Span.builder().range(0, 13).label("OFFICIAL").created(Instant.EPOCH).build());
            store.saveLayer(gold, 0);
        }
        return dir;
    }

    @Test
    void exportsSplitsWithMappedLabelsAndAManifest() throws Exception {
        Path target = tmp.resolve("out");
        int code = cli.run("export", "--corpus", corpus().toString(), "--format", "conll", "--out", target.toString(),
                "--split", "80/10/10", "--seed", "7", "--overlaps", "keep-longest", "--map", "LOC=GPE");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(target.resolve("train.conll")).contains("Osaka _ _ B-GPE"));
        String manifest = Files.readString(target.resolve("manifest.json"));
        assertTrue(manifest.contains("\"format\": \"conll\"") && manifest.contains("\"seed\": 7"), manifest);
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("train ") && summary.contains("10 dropped"), summary);
    }

    @Test
    void aSplitThatNearDuplicatesMakeImpossibleFailsWithExitTwoUnlessAllowed() throws Exception {
        Path dir = tmp.resolve("copies");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("c", new LabelSetRef("news", "1.0.0")));
        for (int i = 0; i < 20; i++) {
            // eighteen copies of one report with a line of their own, and two other reports
            String text = i < 18 ? String.join(" ", REPORTS) + " Edition " + i + "." : REPORTS[i - 18] + " " + REPORTS[i - 10];
            Document d = Document.imported("d" + i, text, DocumentMetadata.NONE);
            store.addDocument(d);
            Layer gold = new Layer(d, LayerOwner.GOLD);
            gold.add(Span.builder().range(0, text.indexOf(' ')).label("LOC").created(Instant.EPOCH).build());
            gold.setState(aurum.core.model.LayerState.CURATED);
            store.saveLayer(gold, 0);
        }
        Path target = tmp.resolve("out");
        int code = cli.run("export", "--corpus", dir.toString(), "--format", "jsonl", "--out", target.toString(),
                "--split", "80/10/10");
        String error = err.toString(StandardCharsets.UTF_8);
        assertEquals(CommandLine.USAGE, code, error);
        assertTrue(error.contains("d0 with 18 documents") && error.contains("--allow-uneven-split"), error);
        assertFalse(Files.exists(target));
        code = cli.run("export", "--corpus", dir.toString(), "--format", "jsonl", "--out", target.toString(),
                "--split", "80/10/10", "--allow-uneven-split");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("uneven split, as allowed: split shares achieved: train 90.0%"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(target.resolve("manifest.json")).contains("\"largestGroup\""));
    }

    @Test
    void overlapsFailByDefaultNamingTheDocumentAndLeaveNothingBehind() throws Exception {
        Path target = tmp.resolve("out");
        int code = cli.run("export", "--corpus", corpus().toString(), "--format", "conll", "--out", target.toString());
        assertEquals(CommandLine.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("document d0") && err.toString(StandardCharsets.UTF_8)
                .contains("--overlaps"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(target));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("corpus"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void unknownFormatListsTheInstalledOnes() throws Exception {
        int code = cli.run("export", "--corpus", corpus().toString(), "--format", "xml", "--out", tmp.resolve("o").toString());
        assertEquals(CommandLine.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown --format 'xml'; installed: brat, conll, hf"),
                err.toString(StandardCharsets.UTF_8));
    }
}
