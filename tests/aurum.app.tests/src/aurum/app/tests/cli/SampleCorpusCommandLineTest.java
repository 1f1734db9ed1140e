package aurum.app.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.ServiceCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.app.internal.cli.CommandLine;
import aurum.app.internal.cli.CommandServices;
import aurum.export.ExporterRegistry;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerRegistry;

/**
 * The pre-annotation journey on the command line with the installed plugins (news label set, news
 * recognizers, corpus dictionary): import the five sample documents, suggest, accept every suggestion,
 * and {@code aurum validate} finds no problem; the CoNLL export has every weapon under its sub-type label,
 * and {@code --map 'WEAPON.*=WEAPON'} folds them into one class.
 */
class SampleCorpusCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int aurum(String... args) {
        out.reset();
        err.reset();
        CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new CommandServices(
                        () -> service(LabelSetRegistry.class), () -> service(RecognizerRegistry.class),
                        () -> service(ExporterRegistry.class)), dir.resolve("logs"));
        return cli.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importSuggestAcceptAllThenValidateFindsNoProblemAndTheExportHasSubTypes() throws Exception {
        String samples = Path.of(System.getProperty("aurum.root", "../.."), "samples", "us-japan-defense").toString();
        String corpus = dir.resolve("corpus").toString();
        assertEquals(0, aurum("import", samples, "--corpus", corpus), err());
        assertEquals(0, aurum("suggest", "--corpus", corpus, "--annotator", "alice"), err());
        assertTrue(out().contains("WEAPON.HYPERSONIC") && out().contains("OFFICIAL") && out().contains("AMOUNT"), out());
        assertEquals(0, aurum("accept", "--corpus", corpus, "--annotator", "alice"), err());
        assertTrue(out().contains("accepted in 5 documents") && out().contains("0 left open"), out());

        assertEquals(0, aurum("validate", "--corpus", corpus), out() + err());
        assertTrue(out().startsWith("No problems: 5 documents"), out());

        Path fine = dir.resolve("fine");
        assertEquals(0, aurum("export", "--corpus", corpus, "--layer", "annotator:alice", "--format", "conll",
                "--out", fine.toString()), err());
        String conll = Files.readString(fine.resolve("all.conll"));
        assertTrue(conll.contains("B-WEAPON.HYPERSONIC") && conll.contains("B-WEAPON.SPACE"), conll);
        assertFalse(conll.matches("(?s).*[BI]-WEAPON\\s.*"), "no weapon without its sub-type");
        Path coarse = dir.resolve("coarse");
        assertEquals(0, aurum("export", "--corpus", corpus, "--layer", "annotator:alice", "--format", "conll",
                "--map", "WEAPON.*=WEAPON", "--out", coarse.toString()), err());
        String folded = Files.readString(coarse.resolve("all.conll"));
        assertTrue(folded.contains("B-WEAPON\n") && !folded.contains("WEAPON."), "folded into WEAPON");
    }

    private static <S> S service(Class<S> type) {
        AtomicReference<S> found = new AtomicReference<>();
        ServiceCaller.callOnce(SampleCorpusCommandLineTest.class, type, found::set);
        assertNotNull(found.get(), type.getSimpleName() + " is running");
        return found.get();
    }
}
