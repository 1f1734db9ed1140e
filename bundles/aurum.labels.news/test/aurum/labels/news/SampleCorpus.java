package aurum.labels.news;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The five sample news articles and their hand-made gold spans, the texts read from the repository's
 * {@code samples/} folder, the gold from {@code test-data/gold} under the bundle folder (the tests' working
 * directory).
 */
final class SampleCorpus {

    record Document(String id, String text, List<GoldSpan> gold) {
    }

    record GoldSpan(int start, int end, String label, String text, Map<String, Object> attributes) {
    }

    private SampleCorpus() {
    }

    static Path root() {
        return Path.of(System.getProperty("aurum.labels.news.testData", "test-data"));
    }

    static List<Document> load() {
        Path texts = Path.of(System.getProperty("aurum.samples", "../../samples")).resolve("us-japan-defense");
        try (Stream<Path> files = Files.list(texts)) {
            List<Document> documents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String id = file.getFileName().toString().replace(".txt", "");
                documents.add(new Document(id, Files.readString(file), gold(id)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<GoldSpan> gold(String id) throws IOException {
        List<GoldSpan> spans = new ArrayList<>();
        for (String line : Files.readAllLines(root().resolve("gold").resolve(id + ".jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> json = (Map<String, Object>) TestJson.parse(line);
            spans.add(new GoldSpan(((BigDecimal) json.get("start")).intValueExact(),
                    ((BigDecimal) json.get("end")).intValueExact(), (String) json.get("label"), (String) json.get("text"),
                    (Map<String, Object>) json.getOrDefault("attributes", Map.of())));
        }
        return spans;
    }
}
