package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.LabelSetRef;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/** An import that fails leaves the corpus byte for byte as it was; one that succeeds stores everything. */
class ImportAllOrNothingTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine cli() {
        out.reset();
        err.reset();
        LabelSet news = new LabelSet("news", "News", "2.0.0", List.of(LabelDefinition.of("OFFICIAL", "Official"),
                LabelDefinition.of("AMOUNT", "Amount")));
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(() -> () -> List.of(news)),
                dir.resolve("logs"));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path folder(String name, String... namesAndTexts) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
        }
        return folder;
    }

    @Test
    void aFailedImportIntoANewFolderLeavesNoCorpus() throws Exception {
        Path in = folder("in", "a.txt", "First document.", "b.txt", "", "c.txt", "Third document.");
        Path corpus = dir.resolve("c");
        assertEquals(CommandLine.USAGE, cli().run("import", in.toString(), "--corpus", corpus.toString()));
        assertTrue(err().contains("b.txt") && err().contains("empty") && err().contains("Nothing was imported"), err());
        assertFalse(Files.exists(corpus), "the corpus folder the import created is gone");
    }

    @Test
    void aFailedImportLeavesTheCorpusByteIdenticalEvenAfterItsFirstGroupsWereWritten() throws Exception {
        Path corpus = dir.resolve("c");
        Path first = folder("first", "a.txt", "Antony Blinken spoke.", "b.txt", "A second text.");
        assertEquals(0, cli().run("import", first.toString(), "--corpus", corpus.toString()), err());
        // more than one group (512 documents), so that documents and span layers were written before the failure;
        // the first record is document a again, whose empty 'import' layer gets spans: it must be restored
        StringBuilder jsonl = new StringBuilder("{\"id\":\"again\",\"text\":\"Antony Blinken spoke.\",\"label\":[[0,14,"
                + "\"OFFICIAL\"]]}\n");
        for (int i = 0; i < 700; i++) {
            jsonl.append("{\"id\":\"n").append(i).append("\",\"text\":\"Document number ").append(i)
                    .append(" costs $").append(i).append(".\",\"label\":[[0,8,\"AMOUNT\"]]}\n");
        }
        jsonl.append("{\"id\":\"bad\",\"text\":\"Label the set lacks\",\"label\":[[0,5,\"WEAPON\"]]}\n");
        Path input = Files.writeString(dir.resolve("in.jsonl"), jsonl);
        Map<String, String> before = CorpusBytes.of(corpus);

        assertEquals(CommandLine.USAGE, cli().run("import", input.toString(), "--corpus", corpus.toString()));

        assertTrue(err().contains("in.jsonl") && err().contains("'bad'") && err().contains("WEAPON")
                && err().contains("Nothing was imported"), err());
        assertEquals(before, CorpusBytes.of(corpus));
        assertEquals(0, cli().run("validate", "--corpus", corpus.toString()), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, cli().run("import", first.toString(), "--corpus", corpus.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 documents added, 2 already in the corpus"));
    }

    @Test
    void leniently_theBadRecordIsSkippedAndCountedAndTheRestStored() throws Exception {
        Path corpus = dir.resolve("c");
        Path input = Files.writeString(dir.resolve("in.jsonl"), "{\"id\":\"ok\",\"text\":\"Blinken met Austin.\","
                + "\"label\":[[0,7,\"OFFICIAL\"],[0,7,\"OFFICIAL\"],[12,18,\"WEAPON\"]]}\n"
                + "{\"id\":\"empty\",\"text\":\"   \",\"label\":[]}\n");
        // an existing corpus: its label set is checked (a corpus the import creates takes the input's labels)
        CorpusStore.create(corpus, CorpusSettings.of("c", new LabelSetRef("news", "2.0.0"))).close();
        assertEquals(0, cli().run("import", input.toString(), "--corpus", corpus.toString(), "--lenient",
                "--annotator", "ann"), err());
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("1 documents added") && summary.contains("1 spans, 3 warnings")
                && summary.contains("(1 documents skipped, 2 spans left out)"), summary);
        assertTrue(err().contains("duplicates span") && err().contains("WEAPON") && err().contains("only whitespace")
                && err().contains("warnings are listed in"), err());
        try (CorpusStore store = CorpusStore.open(corpus)) {
            assertEquals(1, store.loadLayer("ok", LayerOwner.annotator("ann")).size());
        }
        assertEquals(0, cli().run("validate", "--corpus", corpus.toString()), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void clashingAndInvalidIdsGetAnotherIdReportedWithTheSourceFile() throws Exception {
        Path in = folder("in", "a b.txt", "text one", "a_b.txt", "text two", "Report.txt", "upper", "report.txt",
                "lower", ".hidden.txt", "hidden text", "CON.txt", "device", "x".repeat(230) + ".txt", "long name");
        Files.createDirectories(in.resolve("deep/er/still"));
        Files.writeString(in.resolve("deep/er/still/d.txt"), "deep text");
        Path corpus = dir.resolve("c");
        assertEquals(0, cli().run("import", in.toString(), "--corpus", corpus.toString()), err());
        // a hidden file in a folder is left out and counted (issue 16: no hidden files from a folder import)
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("7 documents added"), out.toString());
        assertTrue(err().contains("1 hidden files and 0 hidden folders"), err());
        try (CorpusStore store = CorpusStore.open(corpus)) {
            List<String> ids = store.documentIds();
            assertTrue(ids.containsAll(List.of("a_b", "a_b-2", "Report", "report-2", "_CON",
                    "deep__er__still__d", "x".repeat(200))), ids.toString());
            assertFalse(ids.contains("hidden"), ids.toString());
        }
        assertTrue(err().contains("a_b.txt: warning: stored as 'a_b-2': 'a_b' is taken by 'a_b' from "), err());
        assertTrue(err().contains("report.txt: warning: stored as 'report-2': 'report' is taken by 'Report' from "),
                err());
        assertEquals(0, cli().run("validate", "--corpus", corpus.toString()));
    }
}
