package aurum.corpus.importer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
