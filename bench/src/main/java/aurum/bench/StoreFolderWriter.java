package aurum.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.google.gson.JsonObject;

import aurum.bench.generator.DocumentSource;
import aurum.bench.generator.NewsDocument;
import aurum.bench.generator.Span;
import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;

/**
 * Writes a generated corpus straight into the corpus folder format of docs/FORMAT.md, without the
 * store's per-file fsync, so a 100k-document corpus takes a minute rather than the store's durable
 * pace. The benchmark then reads it only through {@link CorpusStore}, which checks every file.
 * Every generated document gets one layer of alice, bob or carol in turn, in state NEW, IN_PROGRESS
 * or DONE (each annotator has each state), and every tenth document also has a curated gold layer.
 */
final class StoreFolderWriter {

    private static final String[] ANNOTATORS = {"alice", "bob", "carol"};
    private static final String CREATED = Instant.parse("2026-01-01T00:00:00Z").toString();

    private StoreFolderWriter() {
    }

    static void write(Path dir, int documents, long seed) throws IOException {
        CorpusStore.create(dir, CorpusSettings.of("bench-" + documents, new LabelSetRef("news", "1.0.0"))).close();
        DocumentSource source = new DocumentSource(seed);
        for (int n = 1; n <= documents; n++) {
            NewsDocument generated = source.document(n);
            Document doc = Document.imported(generated.id(), generated.text(),
                    DocumentMetadata.NONE.withTitle(generated.text().lines().findFirst().orElse("")));
            Files.write(dir.resolve("documents/" + doc.id() + ".txt"), doc.text().getBytes(StandardCharsets.UTF_8));
            Files.writeString(dir.resolve("documents/" + doc.id() + ".meta.json"), meta(doc));
            String annotator = ANNOTATORS[n % ANNOTATORS.length];
            LayerState state = LayerState.values()[(n / 3) % 3];
            writeLayer(dir.resolve("layers/annotators/" + annotator), doc, "annotator:" + annotator, state, generated);
            if (n % 10 == 0) {
                writeLayer(dir.resolve("layers/gold"), doc, "gold", LayerState.CURATED, generated);
            }
        }
    }

    private static String meta(Document doc) {
        JsonObject meta = new JsonObject();
        meta.addProperty("formatVersion", 1);
        meta.addProperty("id", doc.id());
        meta.addProperty("contentHash", doc.contentHash());
        meta.addProperty("length", doc.length());
        meta.addProperty("bomRemoved", false);
        meta.addProperty("title", doc.metadata().title());
        return meta + "\n";
    }

    private static void writeLayer(Path folder, Document doc, String owner, LayerState state, NewsDocument generated)
            throws IOException {
        Files.createDirectories(folder);
        StringBuilder s = new StringBuilder("{\"formatVersion\":1,\"document\":\"" + doc.id() + "\",\"contentHash\":\""
                + doc.contentHash() + "\",\"owner\":\"" + owner + "\",\"state\":\"" + state.name()
                + "\",\"revision\":1,\"spans\":[\n");
        int i = 0;
        for (Span span : generated.spans().stream().sorted((a, b) -> a.start() != b.start()
                ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end())).toList()) {
            s.append(i == 0 ? "" : ",\n").append("{\"id\":\"s").append(i++).append("\",\"start\":")
                    .append(span.start()).append(",\"end\":").append(span.end()).append(",\"label\":\"")
                    .append(span.label()).append("\",\"created\":\"").append(CREATED).append("\",\"modified\":\"")
                    .append(CREATED).append("\",\"status\":\"MANUAL\"}");
        }
        s.append(i == 0 ? "" : "\n").append("]}\n");
        Files.writeString(folder.resolve(doc.id() + ".json"), s);
    }
}
