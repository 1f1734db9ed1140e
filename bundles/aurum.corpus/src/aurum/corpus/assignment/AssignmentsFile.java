package aurum.corpus.assignment;

import aurum.corpus.internal.store.AtomicFiles;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code assignments.json} in a corpus folder (docs/FORMAT.md, "Assignments"). The
 * write is atomic like every corpus write; a missing file means no assignments.
 */
public final class AssignmentsFile {

    /** The file name inside the corpus folder. */
    public static final String NAME = "assignments.json";

    private static final int FORMAT_VERSION = 1;

    private AssignmentsFile() {
    }

    /**
     * Reads the assignments of the corpus in {@code corpusDir}; {@link Assignments#EMPTY} without a file.
     *
     * @throws CorpusStoreException if the file is not valid UTF-8 JSON of this format, naming the file
     */
    public static Assignments read(Path corpusDir) throws CorpusStoreException {
        Path file = corpusDir.resolve(NAME);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Assignments.EMPTY;
        } catch (IOException e) {
            throw new CorpusStoreException("Cannot read " + file + ": " + e + ". Check the disk and permissions.", e);
        }
        return read(content, file.toString());
    }

    /**
     * Reads the assignments from a file's {@code content} (a team-server corpus keeps it as bytes), named
     * {@code source} in messages.
     *
     * @throws CorpusStoreException if it is not valid UTF-8 JSON of this format, naming {@code source}
     */
    public static Assignments read(byte[] content, String source) throws CorpusStoreException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusStoreException("Cannot read " + source + ": it is not valid UTF-8. Restore it from git.", e);
        }
        try {
            return parse(text);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new CorpusStoreException("Cannot read " + source + ": malformed JSON ("
                    + String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", "; ")
                    + "). Fix it by hand or restore it from git (git checkout -- " + NAME + ").", e);
        } catch (IllegalArgumentException e) {
            throw new CorpusStoreException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** The file content for {@code assignments}, as {@link #write} writes it. */
    public static byte[] content(Assignments assignments) {
        return format(assignments).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes {@code assignments} to the corpus in {@code corpusDir}, atomically and durably.
     *
     * @throws CorpusStoreException if the write fails; the old file is then untouched
     */
    public static void write(Path corpusDir, Assignments assignments) throws CorpusStoreException {
        Path file = corpusDir.resolve(NAME);
        try {
            AtomicFiles.write(file, content(assignments));
        } catch (IOException e) {
            throw new CorpusStoreException("Cannot write " + file + ": " + e + ". Check that the corpus folder is"
                    + " writable and the disk not full; the old assignments are unchanged.", e);
        }
    }

    /** The file content for {@code assignments}: 2-space indent, sorted keys, one document per line. */
    static String format(Assignments assignments) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.setIndent("  ");
            json.beginObject();
            json.name("formatVersion").value(FORMAT_VERSION);
            json.name("annotators").beginObject();
            for (String annotator : assignments.annotators()) {
                json.name(annotator).beginArray();
                for (String document : assignments.documentsOf(annotator)) {
                    json.value(document);
                }
                json.endArray();
            }
            json.endObject();
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    @SuppressWarnings("deprecation") // setLenient keeps the bundle working with gson 2.10
    private static Assignments parse(String text) throws IOException {
        Assignments result = Assignments.EMPTY;
        Integer version = null;
        try (JsonReader json = new JsonReader(new StringReader(text))) {
            json.setLenient(false);
            json.beginObject();
            while (json.hasNext()) {
                String name = json.nextName();
                if (name.equals("formatVersion")) {
                    version = json.nextInt();
                    if (version > FORMAT_VERSION) {
                        throw new IllegalArgumentException("it has format version " + version + " but this Aurum reads "
                                + FORMAT_VERSION + " only; update Aurum. Nothing was changed.");
                    }
                } else if (name.equals("annotators")) {
                    json.beginObject();
                    while (json.hasNext()) {
                        String annotator = json.nextName();
                        DocumentIds.requireValid(annotator, "annotator id");
                        List<String> documents = new ArrayList<>();
                        json.beginArray();
                        while (json.hasNext()) {
                            documents.add(DocumentIds.requireValid(json.nextString(), "document id"));
                        }
                        json.endArray();
                        result = result.assign(List.of(annotator), documents);
                    }
                    json.endObject();
                } else {
                    json.skipValue(); // unknown fields of the same major version are ignored
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("unexpected data after the JSON object");
            }
        }
        if (version == null) {
            throw new IllegalArgumentException("it has no \"formatVersion\". Restore it from git.");
        }
        return result;
    }
}
