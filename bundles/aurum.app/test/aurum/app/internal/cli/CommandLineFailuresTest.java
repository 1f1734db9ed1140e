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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.labels.registry.LabelSetRegistry;

/** How the command line fails: one line on standard error, the right exit code, a log file for bugs. */
class CommandLineFailuresTest {

    @TempDir
    Path logs;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine cli(Supplier<LabelSetRegistry> labelSets) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CommandServices.of(labelSets), logs);
    }

    private CommandLine cli() {
        return cli(() -> List::of);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aBugGivesOneLineNamingTheLogAndExitCode3() throws Exception {
        int code = cli(() -> {
            throw new IllegalStateException("registry is broken inside");
        }).run("labels");
        assertEquals(CommandLine.INTERNAL, code);
        List<String> lines = err().lines().toList();
        assertEquals(1, lines.size(), err());
        assertTrue(lines.get(0).startsWith("aurum labels: internal error in "), err());
        assertFalse(err().contains("IllegalStateException") || err().contains("registry is broken"),
                "no Java exception text: " + err());
        Path log = logPath();
        String text = Files.readString(log);
        assertTrue(text.contains("aurum labels") && text.contains("java.lang.IllegalStateException: registry is broken")
                && text.contains("\tat "), text);
    }

    @Test
    void outOfMemoryNamesTheHeapAndHowToGiveMore() throws Exception {
        int code = cli(() -> {
            throw new OutOfMemoryError("Java heap space");
        }).run("labels");
        assertEquals(CommandLine.INTERNAL, code);
        long heap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertTrue(err().contains("out of memory: the Java heap of " + heap + " MB was full"), err());
        assertTrue(err().contains("AURUM_VMARGS=-Xmx") && err().contains("aurum labels"), err());
        assertTrue(Files.readString(logPath()).contains("java.lang.OutOfMemoryError"));
    }

    @Test
    void anErrorThatIsNoExceptionIsCaughtToo() {
        int code = cli(() -> {
            throw new StackOverflowError();
        }).run("labels");
        assertEquals(CommandLine.INTERNAL, code);
        assertTrue(err().contains("internal error") && err().contains("the details are in "), err());
    }

    @Test
    void logFilesAreBoundedInNumber() throws Exception {
        for (int i = 0; i < CrashLog.KEEP + 5; i++) {
            cli(() -> {
                throw new IllegalStateException("bug " + System.nanoTime());
            }).run("labels");
        }
        try (Stream<Path> files = Files.list(logs)) {
            assertEquals(CrashLog.KEEP, files.count());
        }
    }

    @Test
    void frameworkLogsInTheConfigurationAreaAreBoundedInNumber(@TempDir Path configuration) throws Exception {
        for (int i = 0; i < 15; i++) {
            Files.writeString(configuration.resolve((1_700_000_000_000L + i) + ".log"), "x");
        }
        Files.writeString(configuration.resolve("config.ini"), "keep me");
        CommandLineApplication.pruneFrameworkLogs(configuration);
        try (Stream<Path> files = Files.list(configuration)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(CommandLineApplication.FRAMEWORK_LOGS_KEPT + 1, names.size(), names.toString());
            assertTrue(names.contains("config.ini") && names.contains("1700000000014.log")
                    && !names.contains("1700000000000.log"), names.toString());
        }
    }

    @Test
    void noCommandPrintsTheHelpAndIsAUsageError() {
        assertEquals(CommandLine.USAGE, cli().run());
        assertTrue(err().contains("usage: aurum [<command> [options]]") && err().contains("import"), err());
    }

    @Test
    void everyCommandHasItsHelp() {
        assertEquals(0, cli().run("import", "--help"));
        assertTrue(out().contains("usage: aurum import") && out().contains("--offsets=UNIT")
                && out().contains("utf16, codepoints, utf8"), out());
        assertEquals(0, cli().run("labels", "rename", "--help"));
        assertTrue(out().contains("usage: aurum labels rename") && out().contains("--dry-run"), out());
        assertEquals(0, cli().run("help", "export"));
        assertTrue(out().contains("--overlaps=POLICY") && out().contains("keep-longest") && out().contains("per-label"),
                out());
    }

    @Test
    void versionOptionAndCommandAgree() {
        assertEquals(0, cli().run("--version"));
        assertEquals(0, cli().run("version"));
        List<String> lines = out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(lines.get(0), lines.get(1));
        assertTrue(lines.get(0).startsWith("Aurum "), lines.get(0));
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        assertEquals(CommandLine.USAGE, cli().run("lst", "--corpus", "x"));
        assertTrue(err().contains("unknown command 'lst'") && err().contains("Did you mean: aurum list"), err());
        assertEquals(CommandLine.USAGE, cli().run("list", "--corpus", "x", "--stat", "done"));
        assertTrue(err().contains("Unknown option") && err().contains("--state"), err());
    }

    @Test
    void typedOptionsListTheAllowedValues() {
        assertEquals(CommandLine.USAGE, cli().run("export", "--corpus", "c", "--format", "conll", "--out", "o",
                "--boundary", "wide"));
        assertTrue(err().contains("'wide' is not a boundary policy; use one of expand, split, drop"), err());
        assertEquals(CommandLine.USAGE, cli().run("import", "x.txt", "--corpus", "c", "--offsets", "bytes"));
        assertTrue(err().contains("use one of utf16, codepoints, utf8"), err());
    }

    @Test
    void numbersAreCheckedWithoutJavaText() {
        assertEquals(CommandLine.USAGE, cli().run("export", "--corpus", "c", "--format", "conll", "--out", "o",
                "--seed", "abc"));
        assertTrue(err().contains("--seed") && err().contains("'abc'"), err());
        assertFalse(err().contains("For input string") || err().contains("NumberFormatException"), err());
    }

    @Test
    void completionScriptCoversCommandsOptionsAndValues() {
        assertEquals(0, cli().run("completion"));
        assertTrue(out().contains("complete -F") && out().contains("import") && out().contains("--offsets")
                && out().contains("codepoints") && out().contains("in-progress"), out().substring(0, 300));
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt(@TempDir Path dir) {
        assertEquals(CommandLine.USAGE, cli().run("import", dir.resolve("nope.txt").toString(), "--corpus",
                dir.resolve("c").toString()));
        assertTrue(err().contains("nope.txt"), err());
        assertFalse(err().contains("Exception"), err());
        assertFalse(Files.exists(dir.resolve("c")), "no corpus is created for an import that cannot start");
    }

    private Path logPath() {
        Matcher m = Pattern.compile("the details are in (\\S+\\.log)").matcher(err());
        assertTrue(m.find(), err());
        Path log = Path.of(m.group(1));
        assertTrue(log.startsWith(logs), log.toString());
        return log;
    }
}
