package aurum.app.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine cli = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertEquals(0, cli.run("--help"));
        assertTrue(out().contains("list --corpus DIR") && out().contains("version") && out().contains("screenshot"),
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
        assertTrue(err().contains("missing --corpus") && err().contains("usage: aurum list --corpus DIR"), err());
    }

    @Test
    void missingCorpusFolderIsNamed() {
        assertEquals(CommandLine.USAGE, cli.run("list", "--corpus", "/nonexistent/corpus"));
        assertTrue(err().contains("/nonexistent/corpus") && err().contains("does not exist"), err());
    }
}
