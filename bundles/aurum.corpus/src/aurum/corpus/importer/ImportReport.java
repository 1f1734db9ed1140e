package aurum.corpus.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.stream.JsonWriter;

/**
 * Everything an import worked around or left out, for the summary line and the report file: every
 * {@link ImportWarning} in arrival order, the skipped things added up per kind. The report is JSON lines,
 * one warning per line: {@code {"file","line","kind","count","message"}} (docs/FORMATS.md). Not thread-safe.
 */
public final class ImportReport {

    private final List<ImportWarning> warnings = new ArrayList<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    /** Adds one warning. */
    public void add(ImportWarning warning) {
        warnings.add(warning);
        if (warning.isSkip()) {
            skipped.merge(warning.kind(), warning.count(), Long::sum);
        }
    }

    /** Adds the warnings of a document. */
    public void addAll(List<ImportWarning> more) {
        more.forEach(this::add);
    }

    /** Every warning so far, in the order they came. */
    public List<ImportWarning> warnings() {
        return List.copyOf(warnings);
    }

    /** How many things of each kind were left out, by kind. */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    /** All things left out, over every kind. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The kinds and counts for a summary line, e.g. {@code 8 relation, 23 event}; empty when nothing was left out. */
    public String skippedSummary() {
        StringBuilder out = new StringBuilder();
        skipped.forEach((kind, n) -> out.append(out.isEmpty() ? "" : ", ").append(n).append(' ').append(kind));
        return out.toString();
    }

    /** Whether there is nothing to report. */
    public boolean isEmpty() {
        return warnings.isEmpty();
    }

    /** How many import reports a corpus keeps in {@link #FOLDER}; older ones are deleted as new ones come. */
    public static final int KEEP = 20;

    /** Where a corpus keeps its import reports, relative to the corpus folder. */
    public static final String FOLDER = ".aurum/reports";

    /**
     * Writes the report into the corpus, as {@code .aurum/reports/import-<time>.jsonl}, and deletes all but the
     * newest {@value #KEEP} reports there. The command line and the workbench's import both write here, so a
     * user finds every import's report in one place (docs/FORMATS.md#import-report).
     *
     * @return the file written
     * @throws IOException if the folder or the file cannot be written
     */
    public Path writeInto(Path corpus) throws IOException {
        Path dir = Files.createDirectories(corpus.resolve(FOLDER));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
        Path file = dir.resolve("import-" + stamp + ".jsonl");
        for (int n = 2; Files.exists(file); n++) { // two imports in one millisecond
            file = dir.resolve("import-" + stamp + "-" + n + ".jsonl");
        }
        write(file);
        List<Path> reports = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "import-*.{jsonl,txt}")) {
            entries.forEach(reports::add);
        }
        reports.sort(null);
        for (int i = 0; i < reports.size() - KEEP; i++) {
            Files.deleteIfExists(reports.get(i));
        }
        return file;
    }

    /**
     * Writes the report as JSON lines to {@code file}, replacing it; the parent folders are created.
     *
     * @throws IOException if the file cannot be written
     */
    public void write(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ImportWarning w : warnings) {
                JsonWriter json = new JsonWriter(out);
                json.setHtmlSafe(false);
                json.beginObject().name("file").value(w.file()).name("line").value(w.line()).name("kind")
                        .value(w.kind()).name("count").value(w.count()).name("message").value(w.message()).endObject();
                json.flush();
                out.write('\n');
            }
        }
    }
}
