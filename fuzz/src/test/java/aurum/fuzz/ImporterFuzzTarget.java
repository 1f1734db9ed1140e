package aurum.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.importer.OffsetUnit;

/**
 * Fuzz targets for every importer: the fuzzer's bytes become an input file (for brat, a text and its annotations,
 * split at the first 0x1E byte), the importer reads it, and everything it hands over is checked the way the store
 * would check it. The importer's own clear error ({@link ImportException}) is the only failure allowed; any other
 * exception, a hang or a span outside its text is a finding. Jazzer's command line calls
 * {@link #fuzzerTestOneInput} with the target named by the system property {@code aurum.fuzz.target}.
 */
public final class ImporterFuzzTarget {

    private static final String TARGET = System.getProperty("aurum.fuzz.target", "plainText");

    private ImporterFuzzTarget() {
    }

    /** Jazzer's entry point for fuzz/run.sh. */
    public static void fuzzerTestOneInput(byte[] data) {
        run(TARGET, data);
    }

    /** Imports {@code data} with the importer {@code target} names. */
    public static void run(String target, byte[] data) {
        switch (target) {
        case "plainText" -> importFile(Importers.plainText(), "doc.txt", data);
        case "zip" -> importFile(Importers.zip(), "archive.zip", data);
        case "jsonl" -> importFile(Importers.jsonl(OffsetUnit.UTF16), "records.jsonl", data);
        case "jsonlCodePoints" -> importFile(Importers.jsonl(OffsetUnit.CODE_POINTS), "records.jsonl", data);
        case "conll" -> importFile(Importers.conll(), "tokens.conll", data);
        case "webAnnoTsv" -> importFile(Importers.webAnnoTsv(), "doc.tsv", data);
        case "brat" -> brat(data);
        default -> throw new IllegalArgumentException("no fuzz target '" + target + "'");
        }
    }

    private static void brat(byte[] data) {
        int split = 0;
        while (split < data.length && data[split] != 0x1E) {
            split++;
        }
        Path dir = temporaryFolder();
        try {
            Files.write(dir.resolve("doc.txt"), Arrays.copyOfRange(data, 0, split));
            Files.write(dir.resolve("doc.ann"), Arrays.copyOfRange(data, Math.min(data.length, split + 1), data.length));
            read(Importers.brat(), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }
    private static void importFile(Importer importer, String name, byte[] data) {
        Path dir = temporaryFolder();
        try {
            Path file = Files.write(dir.resolve(name), data);
            read(importer, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void read(Importer importer, Path source) {
        try {
            importer.read(source, new CheckingSink(), ImportProgress.NONE);
        } catch (ImportException expected) {
            // the importer's own clear error: it must name the file
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an import error without a message", expected);
            }
        }
    }

    /** Checks what the store would check: spans inside the text, not splitting a surrogate pair. */
    private static final class CheckingSink implements ImportSink {
        @Override
        public void accept(ImportedDocument imported) {
            String text = imported.document().text();
            imported.spans().forEach(span -> {
                if (span.end() > text.length()) {
                    throw new AssertionError("span " + span + " ends beyond the text of length " + text.length());
                }
                span.requireWithin(text);
            });
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("aurum-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
