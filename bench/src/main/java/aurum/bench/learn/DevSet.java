package aurum.bench.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The development set of issue 19 (bundles/aurum.labels.news/test-data/devset): texts and hand-made gold,
 * split by id prefix into the tuning half ({@code t*}) and the reporting half ({@code r*}).
 */
final class DevSet {

    /** A gold span. */
    record Gold(int start, int end, String label) {
    }

    /** A document and its gold. */
    record Doc(String id, String text, List<Gold> gold) {
    }

    private DevSet() {
    }

    /** The default location, relative to the repository root. */
    static Path defaultDir() {
        return Path.of("bundles/aurum.labels.news/test-data/devset");
    }

    /** The documents whose id starts with {@code prefix} ("t" or "r"), sorted by id. */
    static List<Doc> load(Path dir, String prefix) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("texts"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                List<Gold> gold = new ArrayList<>();
                for (String line : Files.readAllLines(dir.resolve("gold").resolve(id + ".jsonl"))) {
                    if (!line.isBlank()) {
                        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
                        gold.add(new Gold(o.get("start").getAsInt(), o.get("end").getAsInt(), o.get("label").getAsString()));
                    }
                }
                docs.add(new Doc(id, Files.readString(f), gold));
            }
        }
        if (docs.isEmpty()) {
            throw new IOException("no documents '" + prefix + "*' in " + dir.resolve("texts")
                    + "; run from the repository root or pass --devset DIR");
        }
        return docs;
    }
}
