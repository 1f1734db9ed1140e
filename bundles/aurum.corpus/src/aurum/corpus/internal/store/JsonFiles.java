package aurum.corpus.internal.store;

import aurum.corpus.store.CorpusStoreException;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the store's JSON files strictly (no comments, no trailing data) and turns every failure into
 * a {@link CorpusStoreException} that names the file, the position gson reports and what to do.
 */
final class JsonFiles {

    /** The format version this store reads and writes; see docs/FORMAT.md. */
    static final int FORMAT_VERSION = 1;

    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    private JsonFiles() {
    }

    /** Reads {@code file} as strict UTF-8. */
    static String readText(Path file, String name) throws CorpusStoreException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new CorpusStoreException("Cannot read " + name + ": it is not valid UTF-8. Restore it from git.", e);
        } catch (IOException e) {
            throw failure("read", name, e);
        }
    }

    /** Parses the JSON object in {@code file}, checking its format version. */
    @SuppressWarnings("deprecation") // setLenient keeps the bundle working with gson 2.10
    static JsonObject readObject(Path file, String name) throws CorpusStoreException {
        String text = readText(file, name);
        JsonElement root;
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setLenient(false);
            root = TREE.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected data after the JSON object at " + reader);
            }
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new CorpusStoreException("Cannot read " + name + ": malformed JSON (" + oneLine(e.getMessage()) + ")."
                    + " Fix the file by hand or restore it from git (git checkout -- " + name + ").", e);
        }
        if (root == null || !root.isJsonObject()) {
            throw new CorpusStoreException("Cannot read " + name + ": expected a JSON object. Restore it from git.");
        }
        JsonObject object = root.getAsJsonObject();
        checkVersion(object, name);
        return object;
    }

    /** A strict UTF-8 reader of {@code file} for streaming parses; decoding errors surface as I/O errors. */
    @SuppressWarnings("deprecation") // setLenient keeps the bundle working with gson 2.10
    static JsonReader openStream(Path file) throws IOException {
        JsonReader reader = new JsonReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.setLenient(false);
        return reader;
    }

    /** The failure of a streaming parse of {@code name}, with the remedy readers of whole files give. */
    static CorpusStoreException malformed(String name, Exception e) {
        if (e instanceof CharacterCodingException) {
            return new CorpusStoreException("Cannot read " + name + ": it is not valid UTF-8. Restore it from git.", e);
        }
        if (e instanceof IOException io && !(e instanceof com.google.gson.stream.MalformedJsonException)
                && !(e instanceof java.io.EOFException)) {
            return failure("read", name, io);
        }
        return new CorpusStoreException("Cannot read " + name + ": malformed JSON (" + oneLine(e.getMessage()) + ")."
                + " Fix the file by hand or restore it from git (git checkout -- " + name + ").", e);
    }

    /** Wraps an I/O failure with the file name and a remedy fitting its cause. */
    static CorpusStoreException failure(String verb, String name, IOException e) {
        String remedy = e instanceof AccessDeniedException
                ? " The corpus folder is not writable: check its permissions, or save a copy elsewhere;"
                        + " this write left the files as they were."
                : " Check that the disk is present and not full; this write left the files as they were.";
        return new CorpusStoreException("Cannot " + verb + " " + name + ": " + IoFailures.describe(e) + "." + remedy, e);
    }

    /** Gson appends a troubleshooting link on a second line; keep the message on one line. */
    private static String oneLine(String message) {
        return message == null ? "no details" : message.replaceAll("\\s*\\R\\s*", "; ");
    }

    static void checkVersion(JsonObject object, String name) throws CorpusStoreException {
        JsonElement version = object.get("formatVersion");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new CorpusStoreException("Cannot read " + name + ": it has no numeric \"formatVersion\"."
                    + " Restore it from git.");
        }
        int found = version.getAsInt();
        if (found > FORMAT_VERSION) {
            throw new CorpusStoreException(name + " has format version " + found + ", but this Aurum reads format"
                    + " version " + FORMAT_VERSION + " only: it was written by a newer Aurum. Update Aurum to"
                    + " open this corpus; nothing was changed.");
        }
        if (found < 1) {
            throw new CorpusStoreException("Cannot read " + name + ": format version " + found
                    + " does not exist. Restore it from git.");
        }
    }
}
