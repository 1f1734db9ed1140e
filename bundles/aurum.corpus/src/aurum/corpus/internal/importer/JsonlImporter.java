package aurum.corpus.internal.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.OffsetUnit;

/**
 * Imports JSON lines as doccano, spaCy, Prodigy and Aurum write them, one object per line
 * ({@link JsonlRecordReader} reads the shapes). Blank lines are skipped. Two other layouts that doccano
 * writes are read as well: a JSON array of such objects, and objects spread over several lines (pretty
 * printed); the importer switches to them when the first line is not a complete object. Anything else
 * that is not such an object stops the import at its line.
 */
public final class JsonlImporter implements Importer {

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private final OffsetUnit unit;
    private final boolean unitGiven;

    /**
     * @param unit what the span offsets count where a record does not say
     * @param unitGiven whether the user said so (otherwise {@code unit} is the default, and offsets that
     *        mean different things in different units are reported)
     */
    public JsonlImporter(OffsetUnit unit, boolean unitGiven) {
        this.unit = unit;
        this.unitGiven = unitGiven;
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
        JsonlRecordReader records = new JsonlRecordReader(source.toString(), stem, unit, unitGiven);
        boolean first = true;
        try (LineSource lines = new LineSource(source)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (progress.isCancelled()) {
                    return;
                }
                if (line.isBlank()) {
                    continue;
                }
                JsonElement element;
                try {
                    element = JsonParser.parseString(line);
                } catch (JsonParseException e) {
                    if (first && startsValue(line)) {
                        readDocument(source, records, sink, progress);
                        records.finish(sink);
                        return;
                    }
                    throw malformed(lines.name(), lines.lineNumber(), e);
                }
                if (first && element instanceof JsonArray array) {
                    for (JsonElement record : array) {
                        records.read(object(lines.name(), lines.lineNumber(), record), lines.lineNumber(), sink);
                    }
                } else {
                    records.read(object(lines.name(), lines.lineNumber(), element), lines.lineNumber(), sink);
                }
                first = false;
                progress.worked(lines.lineNumber(), -1);
            }
        }
        records.finish(sink);
    }

    /** Reads the whole file as a sequence of JSON values: objects, or arrays of objects, over any lines. */
    private static void readDocument(Path source, JsonlRecordReader records, ImportSink sink, ImportProgress progress)
            throws ImportException {
        String name = source.toString();
        try (Reader in = open(source)) {
            JsonReader json = new JsonReader(in);
            json.setLenient(true); // several top-level values; doccano writes no comments or other liberties
            long done = 0;
            while (json.peek() != JsonToken.END_DOCUMENT) {
                if (json.peek() == JsonToken.BEGIN_ARRAY) {
                    json.beginArray();
                    while (json.hasNext()) {
                        long line = lineOf(json);
                        records.read(object(name, line, JsonParser.parseReader(json)), line, sink);
                        progress.worked(++done, -1);
                    }
                    json.endArray();
                } else {
                    long line = lineOf(json);
                    records.read(object(name, line, JsonParser.parseReader(json)), line, sink);
                    progress.worked(++done, -1);
                }
                if (progress.isCancelled()) {
                    return;
                }
            }
        } catch (JsonParseException | IllegalStateException e) {
            throw malformed(name, 0, e);
        } catch (IOException e) {
            throw ImportException.atLine(name, 0, 0, "the file cannot be read as UTF-8 JSON (" + e.getMessage() + ")",
                    "Save the file as UTF-8 and import it again", e);
        }
    }

    private static Reader open(Path source) throws IOException {
        PushbackReader in = new PushbackReader(new BufferedReader(new InputStreamReader(Files.newInputStream(source),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    /** The line the reader is at, from its description ("JsonReader at line 3 column 5 path $[1]"). */
    private static long lineOf(JsonReader json) throws IOException {
        json.peek();
        Matcher m = LOCATION.matcher(json.toString());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static boolean startsValue(String line) {
        String s = line.strip();
        return s.startsWith("{") || s.startsWith("[");
    }

    private static JsonObject object(String file, long line, JsonElement element) throws ImportException {
        if (!element.isJsonObject()) {
            throw ImportException.atLine(file, line, 1,
                    "expected a JSON object but found " + (element.isJsonNull() ? "null" : element.toString()
                            .substring(0, Math.min(40, element.toString().length()))),
                    "Put one object with a \"text\" field on each line");
        }
        return element.getAsJsonObject();
    }

    private static ImportException malformed(String file, long line, RuntimeException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
        long atLine = line;
        long column = 0;
        Matcher m = LOCATION.matcher(detail == null ? "" : detail);
        if (m.find()) {
            column = Long.parseLong(m.group(2));
            atLine = line > 0 ? line : Long.parseLong(m.group(1));
        }
        return ImportException.atLine(file, atLine, column, "malformed JSON (" + detail + ")",
                "Fix the JSON on this line or remove the line", e);
    }
}
