package aurum.corpus.internal.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.OffsetUnit;

/**
 * Imports JSON lines as doccano and spaCy write them: one object per line with {@code text}, optional
 * {@code id} and {@code meta}, and spans either as doccano's {@code label}/{@code labels}
 * ({@code [[start, end, label], ...]}) or spaCy's {@code spans} ({@code [{start, end, label}, ...]}).
 * Blank lines are skipped; anything else that is not such an object stops the import at that line.
 */
public final class JsonlImporter implements Importer {

    private final OffsetUnit unit;

    /** @param unit what the span offsets in the file count */
    public JsonlImporter(OffsetUnit unit) {
        this.unit = unit;
    }

    @Override
    public String name() {
        return "jsonl";
    }

    @Override
    public boolean accepts(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(source) && (name.endsWith(".jsonl") || name.endsWith(".ndjson"));
    }

    @Override
    public void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException {
        String stem = DocumentNaming.idOf(source.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        JsonlRecordReader records = new JsonlRecordReader(source.toString(), stem, unit);
        try (LineSource lines = new LineSource(source)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (progress.isCancelled()) {
                    return;
                }
                if (!line.isBlank()) {
                    sink.accept(records.read(parse(lines, line), lines.lineNumber()));
                }
                progress.worked(lines.lineNumber(), -1);
            }
        }
    }

    private static JsonObject parse(LineSource lines, String line) throws ImportException {
        JsonElement element;
        try {
            element = JsonParser.parseString(line);
        } catch (JsonParseException e) {
            String detail = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw ImportException.atLine(lines.name(), lines.lineNumber(), columnOf(detail),
                    "malformed JSON (" + detail + ")", "Fix the JSON on this line or remove the line", e);
        }
        if (!element.isJsonObject()) {
            throw ImportException.atLine(lines.name(), lines.lineNumber(), 1,
                    "expected a JSON object but found " + (element.isJsonNull() ? "null" : element.toString()
                            .substring(0, Math.min(40, element.toString().length()))),
                    "Put one object with a \"text\" field on each line");
        }
        return element.getAsJsonObject();
    }

    private static long columnOf(String detail) {
        if (detail == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("column (\\d+)").matcher(detail);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
