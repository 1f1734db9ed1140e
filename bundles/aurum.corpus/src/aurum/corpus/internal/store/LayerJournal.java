package aurum.corpus.internal.store;

import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerChanges;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The change journal of one layer (docs/FORMAT.md, "Change journals"): a header line naming the layer
 * and the revision of the layer file it continues, then one line per saved edit, appended and flushed
 * before the save returns. A crash mid-append leaves a torn last line; readers ignore it (and say so
 * through {@link Content#torn()}), the next append cuts it off first. Every other malformed line is an
 * error naming the file and line, because lines after it were acknowledged as saved.
 */
final class LayerJournal {

    /** One journaled edit. */
    record Entry(long revision, LayerState state, List<Span> put, List<String> removed) {
    }

    /**
     * A journal as read.
     *
     * @param validBytes the length of the header and the complete entries; what follows is torn
     * @param torn       a description of the torn tail, or {@code null} when there is none
     */
    record Content(long baseRevision, List<Entry> entries, long validBytes, long fileBytes, String torn) {

        /** The revision after the last entry. */
        long lastRevision() {
            return entries.isEmpty() ? baseRevision : entries.get(entries.size() - 1).revision();
        }
    }

    private LayerJournal() {
    }

    /** The header line of a new journal continuing the layer file at {@code baseRevision}. */
    static String header(String documentId, String ownerKey, long baseRevision) {
        StringBuilder out = new StringBuilder(128).append("{\"formatVersion\":").append(JsonFiles.FORMAT_VERSION)
                .append(",\"journal\":");
        JsonText.string(out, "layer").append(',');
        JsonText.string(JsonText.name(out, "document"), documentId).append(',');
        JsonText.string(JsonText.name(out, "owner"), ownerKey).append(",\"baseRevision\":").append(baseRevision);
        return out.append("}\n").toString();
    }

    /** The line of one edit. */
    static String entry(long revision, LayerState state, LayerChanges changes) {
        StringBuilder out = new StringBuilder(64 + changes.put().size() * 240).append("{\"revision\":").append(revision)
                .append(',');
        JsonText.string(JsonText.name(out, "state"), state.name());
        if (!changes.put().isEmpty()) {
            out.append(",\"put\":[");
            for (int i = 0; i < changes.put().size(); i++) {
                SpanCodec.write(changes.put().get(i), i == 0 ? out : out.append(','));
            }
            out.append(']');
        }
        if (!changes.removed().isEmpty()) {
            out.append(",\"remove\":[");
            for (int i = 0; i < changes.removed().size(); i++) {
                JsonText.string(i == 0 ? out : out.append(','), changes.removed().get(i));
            }
            out.append(']');
        }
        return out.append("}\n").toString();
    }

    /**
     * Appends {@code line} and flushes it to disk, first cutting off a torn tail ({@code validBytes} is
     * where the complete lines end).
     */
    static void append(Path file, String line, long validBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (channel.size() > validBytes) {
                channel.truncate(validBytes);
            }
            ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            long position = validBytes;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false); // the data and the new size; the file's name is already durable
        }
    }

    /**
     * Reads the journal at {@code file}, or returns {@code null} if there is none.
     *
     * @throws CorpusStoreException if the header is not this layer's or a line before the last is malformed
     */
    static Content read(Path file, String name, String documentId, String ownerKey) throws CorpusStoreException {
        if (!Files.exists(file)) {
            return null; // most layers have no journal: a stat is far cheaper than the exception of a failed open
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) { // deleted by a compaction since the stat
            return null;
        } catch (IOException e) {
            throw JsonFiles.failure("read", name, e);
        }
        int headerEnd = indexOf(bytes, 0);
        if (headerEnd < 0) {
            throw new CorpusStoreException("Cannot read " + name + ": it has no complete header line. It is not"
                    + " a change journal Aurum wrote; restore it from git or move it away.");
        }
        long base = header(line(bytes, 0, headerEnd, name, 1), name, documentId, ownerKey);
        // parse every line first: a bad line is a torn tail only if no complete entry follows it
        List<Object> lines = new ArrayList<>(); // Entry, or the problem of a bad line
        List<Integer> ends = new ArrayList<>();
        int lastGood = -1;
        for (int start = headerEnd + 1, number = 2; start < bytes.length; number++) {
            int end = indexOf(bytes, start);
            String where = name + " line " + number;
            try {
                if (end < 0) {
                    throw new CorpusStoreException(where + " has no line end");
                }
                lines.add(entry(line(bytes, start, end, name, number), where));
                lastGood = lines.size() - 1;
            } catch (CorpusStoreException e) {
                lines.add(e.getMessage());
            }
            ends.add(end < 0 ? bytes.length : end + 1);
            start = end < 0 ? bytes.length : end + 1;
        }
        List<Entry> entries = new ArrayList<>(lastGood + 1);
        for (int i = 0; i <= lastGood; i++) {
            if (!(lines.get(i) instanceof Entry entry)) {
                throw new CorpusStoreException("Cannot read " + name + ": " + lines.get(i) + ", yet later lines are"
                        + " complete. The journal was damaged after it was written; restore it from git, or delete"
                        + " the bad line to keep the rest.");
            }
            long expected = (i == 0 ? base : entries.get(i - 1).revision()) + 1;
            if (entry.revision() != expected) {
                throw new CorpusStoreException("Cannot read " + name + ": line " + (i + 2) + " has revision "
                        + entry.revision() + " where " + expected + " was due. Restore the journal from git.");
            }
            entries.add(entry);
        }
        long validBytes = lastGood < 0 ? headerEnd + 1 : ends.get(lastGood);
        Object firstBad = lastGood + 1 < lines.size() ? lines.get(lastGood + 1) : null;
        String torn = firstBad == null ? null : "ignored " + (bytes.length - validBytes) + " bytes at the end of "
                + name + " (" + firstBad + "): an edit interrupted by a crash, never reported as saved";
        return new Content(base, List.copyOf(entries), validBytes, bytes.length, torn);
    }

    private static long header(String line, String name, String documentId, String ownerKey)
            throws CorpusStoreException {
        try (JsonReader json = new JsonReader(new StringReader(line))) {
            com.google.gson.JsonObject header = com.google.gson.JsonParser.parseReader(json).getAsJsonObject();
            JsonFiles.checkVersion(header, name);
            JsonFields fields = new JsonFields(header, name + " line 1");
            if (!"layer".equals(fields.string("journal")) || !documentId.equals(fields.string("document"))
                    || !ownerKey.equals(fields.string("owner"))) {
                throw fields.error("it is the journal of document '" + fields.string("document") + "' and owner '"
                        + fields.string("owner") + "', not of '" + documentId + "' and '" + ownerKey + "'");
            }
            return fields.number("baseRevision");
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw JsonFiles.malformed(name + " line 1", e instanceof JsonParseException p && p.getCause() != null
                    ? (Exception) p.getCause() : e);
        }
    }

    private static Entry entry(String line, String where) throws CorpusStoreException {
        long revision = -1;
        LayerState state = null;
        List<Span> put = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try (JsonReader json = new JsonReader(new StringReader(line))) {
            json.beginObject();
            while (json.hasNext()) {
                switch (json.nextName()) {
                    case "revision" -> revision = json.nextLong();
                    case "state" -> state = LayerState.valueOf(json.nextString());
                    case "put" -> {
                        json.beginArray();
                        while (json.hasNext()) {
                            put.add(SpanCodec.read(json, where + " span " + (put.size() + 1)));
                        }
                        json.endArray();
                    }
                    case "remove" -> {
                        json.beginArray();
                        while (json.hasNext()) {
                            removed.add(json.nextString());
                        }
                        json.endArray();
                    }
                    default -> json.skipValue();
                }
            }
            json.endObject();
            if (json.peek() != JsonToken.END_DOCUMENT) {
                throw new CorpusStoreException(where + " has data after its object");
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new CorpusStoreException(where + " is malformed (" + e.getMessage() + ")", e);
        }
        if (revision < 0 || state == null) {
            throw new CorpusStoreException(where + " lacks \"revision\" or \"state\"");
        }
        return new Entry(revision, state, put, removed);
    }

    private static String line(byte[] bytes, int start, int end, String name, int number) throws CorpusStoreException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusStoreException(name + " line " + number + " is not valid UTF-8");
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
