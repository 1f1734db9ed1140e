package aurum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import aurum.bench.generator.DocumentSource;
import aurum.bench.generator.NewsDocument;
import aurum.bench.generator.Span;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * The export benchmark's corpus: generated news documents, each with the boilerplate regions the importer
 * proposes and a curated gold layer of its generated spans, written straight into the folder format of
 * docs/FORMAT.md. The same files {@code CorpusStore.addDocument} and {@code saveLayer} would write (span ids
 * are UUIDs drawn from the seed instead of random ones), without their per-file fsync, so 100k documents take
 * minutes instead of the better part of an hour. The export then reads them only through
 * {@link CorpusStore}, which checks every file. Holds one document at a time.
 */
final class ExportCorpus {

    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private ExportCorpus() {
    }

    static void write(Path dir, int documents, long seed) throws IOException {
        CorpusStore.create(dir, CorpusSettings.of("bench", new LabelSetRef("news", "1.0.0"))).close();
        Files.createDirectories(dir.resolve("layers/gold"));
        DocumentSource source = new DocumentSource(seed);
        BoilerplateDetector boilerplate = new BoilerplateDetector();
        SplittableRandom ids = new SplittableRandom(seed);
        Set<String> hashes = new HashSet<>();
        for (int n = 1; n <= documents; n++) {
            NewsDocument generated = source.document(n);
            Document doc = Document.imported(generated.id(), generated.text(), DocumentMetadata.NONE);
            if (!hashes.add(doc.contentHash())) {
                continue; // the store keeps one copy of a text
            }
            Files.write(dir.resolve("documents/" + doc.id() + ".txt"), doc.text().getBytes(StandardCharsets.UTF_8));
            Files.writeString(dir.resolve("documents/" + doc.id() + ".meta.json"),
                    meta(doc, boilerplate.propose(doc.text())));
            Files.writeString(dir.resolve("layers/gold/" + doc.id() + ".json"), gold(doc, generated.spans(), ids));
        }
    }

    private static String meta(Document doc, List<ExcludedRegion> regions) {
        StringBuilder s = new StringBuilder("{\n  \"formatVersion\": 1,\n  \"id\": \"").append(doc.id())
                .append("\",\n  \"contentHash\": \"").append(doc.contentHash()).append("\",\n  \"length\": ")
                .append(doc.length()).append(",\n  \"bomRemoved\": false");
        if (!regions.isEmpty()) {
            s.append(",\n  \"excludedRegions\": [\n");
            for (int i = 0; i < regions.size(); i++) {
                ExcludedRegion r = regions.get(i);
                s.append("    {\"start\":").append(r.start()).append(",\"end\":").append(r.end()).append(",\"kind\":\"")
                        .append(r.kind().name()).append("\",\"reason\":\"").append(json(r.reason())).append("\"}")
                        .append(i + 1 < regions.size() ? ",\n" : "\n");
            }
            s.append("  ]");
        }
        return s.append("\n}\n").toString();
    }

    private static String gold(Document doc, List<Span> spans, SplittableRandom ids) {
        StringBuilder s = new StringBuilder(256 + spans.size() * 200);
        s.append("{\"formatVersion\":1,\"document\":\"").append(doc.id()).append("\",\"contentHash\":\"")
                .append(doc.contentHash()).append("\",\"owner\":\"gold\",\"state\":\"CURATED\",\"revision\":1,\"spans\":[\n");
        List<Span> sorted = spans.stream().sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            Span span = sorted.get(i);
            // version 4, IETF variant: what UUID.randomUUID() gives, drawn from the seed
            UUID id = new UUID((ids.nextLong() & ~0xF000L) | 0x4000L, (ids.nextLong() & ~(3L << 62)) | (1L << 63));
            s.append("{\"id\":\"").append(id).append("\",\"start\":").append(span.start()).append(",\"end\":")
                    .append(span.end()).append(",\"label\":\"").append(json(span.label())).append("\",\"created\":\"")
                    .append(EPOCH).append("\",\"modified\":\"").append(EPOCH).append("\",\"status\":\"MANUAL\"}")
                    .append(i + 1 < sorted.size() ? ",\n" : "\n");
        }
        return s.append("]}\n").toString();
    }

    /** Escapes quotes and backslashes; generated labels and reasons hold nothing else that needs it. */
    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
