package aurum.editor.internal.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.server.internal.SpanJson;

/**
 * The edits of one layer that could not be sent to the team server, kept in a file on this computer until
 * they are: a first line naming the document, the layer and the stored revision the edits were made on,
 * then one line per edit, each appended and flushed to disk before the edit counts as kept. A last line
 * cut short by a crash is ignored when the file is read. The format is described in docs/TEAM-SERVER.md,
 * "When the server is unreachable".
 */
public final class UnsentEdits implements AutoCloseable {

    /** One kept edit: the changes made, and the layer's state after them. */
    public record Edit(List<LayerChange> changes, LayerState state) {
    }

    /** What a file holds: the layer, the revision the edits were made on, and the edits in the order made. */
    public record Contents(String documentId, String owner, long base, List<Edit> edits) {
        /** Every change of every edit, in the order made. */
        public List<LayerChange> changes() {
            List<LayerChange> all = new ArrayList<>();
            edits.forEach(edit -> all.addAll(edit.changes()));
            return all;
        }
    }

    private static final String KIND = "aurum-unsent-edits";

    private final Path file;
    private final FileChannel channel;
    private int count;

    private UnsentEdits(Path file, FileChannel channel, int count) {
        this.file = file;
        this.channel = channel;
        this.count = count;
    }

    /** The folder of kept edits in a team-server corpus's local work folder {@code workFolder}. */
    public static Path folder(Path workFolder) {
        return workFolder.resolve("unsent");
    }

    /**
     * The documents that have edits kept in {@code folder} (by an editor that closed before it could send
     * them), sorted; empty when there is no such folder.
     */
    public static List<String> documents(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".jsonl") && !name.contains(".not-applied-"))
                    .map(name -> name.substring(0, name.length() - ".jsonl".length())).distinct().sorted().toList();
        }
    }

    /**
     * The file for {@code owner}'s layer on document {@code documentId} in {@code folder} (the connected
     * corpus's {@code unsent} folder): {@code gold/<id>.jsonl} or {@code annotators/<name>/<id>.jsonl}.
     */
    public static Path file(Path folder, String documentId, LayerOwner owner) {
        return switch (owner) {
            case LayerOwner.Gold gold -> folder.resolve("gold").resolve(documentId + ".jsonl");
            case LayerOwner.Annotator annotator -> folder.resolve("annotators").resolve(annotator.id())
                    .resolve(documentId + ".jsonl");
        };
    }

    /**
     * Starts {@code file} afresh with {@code edits} made on revision {@code base} (temporary file, flushed,
     * renamed over the old one) and opens it for appending.
     */
    public static UnsentEdits create(Path file, String documentId, LayerOwner owner, long base, List<Edit> edits)
            throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder text = new StringBuilder();
        JsonObject header = new JsonObject();
        header.addProperty("kind", KIND);
        header.addProperty("document", documentId);
        header.addProperty("owner", ownerKey(owner));
        header.addProperty("base", base);
        text.append(header).append('\n');
        for (Edit edit : edits) {
            text.append(line(edit)).append('\n');
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, text.toString());
            out.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(file.getParent());
        return new UnsentEdits(file, FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                edits.size());
    }

    /**
     * Reads {@code file}: empty if there is none. A last line without its end (cut short by a crash while it
     * was written) is left out; any other unreadable line is an error.
     *
     * @throws IOException if the file cannot be read or is not a file of unsent edits
     */
    public static Optional<Contents> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        int usable = lines.length - 1; // the part after the last newline: empty, or a torn line
        if (usable < 1) {
            return Optional.empty(); // even the header was cut short: no edit had been kept yet
        }
        try {
            JsonObject header = JsonParser.parseString(lines[0]).getAsJsonObject();
            if (!KIND.equals(header.get("kind").getAsString())) {
                throw new IOException(file + " is not a file of unsent edits");
            }
            List<Edit> edits = new ArrayList<>();
            for (int i = 1; i < usable; i++) {
                edits.add(edit(JsonParser.parseString(lines[i]).getAsJsonObject()));
            }
            return Optional.of(new Contents(header.get("document").getAsString(), header.get("owner").getAsString(),
                    header.get("base").getAsLong(), List.copyOf(edits)));
        } catch (RuntimeException e) {
            throw new IOException(file + " is damaged: " + e.getMessage(), e);
        }
    }

    /** Appends {@code edit} and flushes it to disk; when this returns, the edit survives a crash. */
    public void append(Edit edit) throws IOException {
        writeFully(channel, line(edit) + "\n");
        channel.force(false);
        count++;
    }

    /** How many edits the file holds. */
    public int count() {
        return count;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Closes and deletes the file: its edits were sent. */
    public void delete() throws IOException {
        close();
        Files.deleteIfExists(file);
        forceFolder(file.getParent());
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** {@code gold} or {@code annotator:<id>}, as the server's layer rows name owners. */
    static String ownerKey(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator a ? "annotator:" + a.id() : "gold";
    }

    private static String line(Edit edit) {
        JsonObject json = new JsonObject();
        json.addProperty("state", edit.state().name());
        JsonArray changes = new JsonArray();
        for (LayerChange change : edit.changes()) {
            JsonObject c = new JsonObject();
            c.add("before", span(change.before()));
            c.add("after", span(change.after()));
            changes.add(c);
        }
        json.add("changes", changes);
        return json.toString();
    }

    private static Edit edit(JsonObject json) {
        List<LayerChange> changes = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("changes")) {
            JsonObject c = element.getAsJsonObject();
            changes.add(new LayerChange(span(c.get("before")), span(c.get("after"))));
        }
        return new Edit(List.copyOf(changes), LayerState.valueOf(json.get("state").getAsString()));
    }

    /** A span as a one-entry object of id to span (the server's and the layer file's span form), or null. */
    private static JsonElement span(Span span) {
        return span == null ? com.google.gson.JsonNull.INSTANCE
                : JsonParser.parseString(SpanJson.layerObject(List.of(span)));
    }

    private static Span span(JsonElement json) {
        return json == null || json.isJsonNull() ? null : SpanJson.readLayer(json.toString()).get(0);
    }

    private static void writeFully(FileChannel channel, String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Makes a rename or deletion in {@code folder} durable (where the platform allows opening a folder). */
    private static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not possible on every platform; the file's own content is flushed already
        }
    }
}
