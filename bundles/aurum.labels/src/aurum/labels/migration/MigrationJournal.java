package aurum.labels.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.io.DurableFiles;

/**
 * The migrations applied to a corpus, newest last, one JSON file each in {@code .aurum/migrations/};
 * undone ones move to {@code .aurum/migrations/undone/}. Kept under {@code .aurum/} because it is local
 * history of this working copy, like an IDE's local history, not something to commit.
 */
final class MigrationJournal {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path dir;

    MigrationJournal(Path corpusDir) {
        this.dir = corpusDir.resolve(".aurum").resolve("migrations");
    }

    JournalEntry write(JournalEntry entry) throws IOException {
        Path file = entry.file() != null ? entry.file() : dir.resolve(NAME.format(Instant.now()) + ".json");
        DurableFiles.write(file, (new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                .toJson(toJson(entry)) + "\n").getBytes(StandardCharsets.UTF_8));
        return entry.withFile(file);
    }

    Optional<JournalEntry> latest() throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        Optional<Path> newest;
        try (Stream<Path> files = Files.list(dir)) {
            newest = files.filter(f -> f.getFileName().toString().matches("\\d{8}T.*\\.json")).max(Path::compareTo);
        }
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonObject o = JsonParser.parseString(Files.readString(newest.get(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            return Optional.of(fromJson(o).withFile(newest.get()));
        } catch (JsonParseException | IllegalStateException | NullPointerException | IllegalArgumentException e) {
            throw new IOException(newest.get() + ": not a readable migration journal (" + e.getMessage()
                    + "); move it away to undo older migrations", e);
        }
    }

    void markUndone(JournalEntry entry) throws IOException {
        Path undone = dir.resolve("undone");
        Files.createDirectories(undone);
        Files.move(entry.file(), undone.resolve(entry.file().getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    void discard(JournalEntry entry) throws IOException {
        Files.deleteIfExists(entry.file());
    }

    private static JsonObject toJson(JournalEntry e) {
        JsonObject o = new JsonObject();
        o.addProperty("formatVersion", 1);
        o.addProperty("change", e.change());
        o.addProperty("created", e.created());
        if (e.labelSetFileBefore() != null) {
            o.addProperty("labelSetFileBefore", e.labelSetFileBefore());
        }
        if (e.refBefore() != null) {
            o.add("labelSetBefore", ref(e.refBefore()));
        }
        o.add("labelSetAfter", ref(e.refAfter()));
        JsonArray layers = new JsonArray();
        for (JournaledLayer l : e.layers()) {
            JsonObject layer = new JsonObject();
            layer.addProperty("document", l.documentId());
            layer.addProperty("owner", l.owner() instanceof LayerOwner.Annotator a ? "annotator:" + a.id() : "gold");
            layer.addProperty("revisionBefore", l.revisionBefore());
            layer.addProperty("revisionAfter", l.revisionAfter());
            JsonObject relabelled = new JsonObject();
            l.relabelled().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(r -> relabelled.addProperty(r.getKey(), r.getValue()));
            layer.add("relabelled", relabelled);
            JsonArray deleted = new JsonArray();
            l.deleted().forEach(s -> deleted.add(SpanJson.write(s)));
            layer.add("deleted", deleted);
            if (!l.replaced().isEmpty()) {
                JsonArray replaced = new JsonArray();
                l.replaced().forEach(s -> replaced.add(SpanJson.write(s)));
                layer.add("replaced", replaced);
            }
            layers.add(layer);
        }
        o.add("layers", layers);
        return o;
    }

    private static JournalEntry fromJson(JsonObject o) {
        List<JournaledLayer> layers = new ArrayList<>();
        for (JsonElement element : o.getAsJsonArray("layers")) {
            JsonObject l = element.getAsJsonObject();
            String owner = l.get("owner").getAsString();
            Map<String, String> relabelled = new LinkedHashMap<>();
            l.getAsJsonObject("relabelled").entrySet().forEach(r -> relabelled.put(r.getKey(), r.getValue().getAsString()));
            List<Span> deleted = new ArrayList<>();
            l.getAsJsonArray("deleted").forEach(s -> deleted.add(SpanJson.read(s.getAsJsonObject())));
            List<Span> replaced = new ArrayList<>();
            if (l.has("replaced")) { // journals before sub-type migrations have none
                l.getAsJsonArray("replaced").forEach(s -> replaced.add(SpanJson.read(s.getAsJsonObject())));
            }
            layers.add(new JournaledLayer(l.get("document").getAsString(),
                    owner.equals("gold") ? LayerOwner.GOLD : LayerOwner.annotator(owner.substring("annotator:".length())),
                    l.get("revisionBefore").getAsLong(), l.get("revisionAfter").getAsLong(), relabelled, deleted,
                    replaced));
        }
        return new JournalEntry(null, o.get("change").getAsString(), o.get("created").getAsString(),
                o.has("labelSetFileBefore") ? o.get("labelSetFileBefore").getAsString() : null,
                o.has("labelSetBefore") ? ref(o.getAsJsonObject("labelSetBefore")) : null,
                ref(o.getAsJsonObject("labelSetAfter")), layers);
    }

    private static JsonObject ref(LabelSetRef ref) {
        JsonObject o = new JsonObject();
        o.addProperty("id", ref.id());
        o.addProperty("version", ref.version());
        return o;
    }

    private static LabelSetRef ref(JsonObject o) {
        return new LabelSetRef(o.get("id").getAsString(), o.get("version").getAsString());
    }
}
