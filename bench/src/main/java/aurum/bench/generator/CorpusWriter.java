package aurum.bench.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus to disk, one document at a time: {@code DIR/000/doc-000001.txt} (UTF-8, shards of
 * 1000 documents) and one {@code DIR/000/gold.jsonl} per shard, one line per document in id order.
 * Memory use does not grow with the corpus.
 */
public final class CorpusWriter {

    static final int SHARD_SIZE = 1000;

    /** What was written, for the throughput report. */
    public record Stats(int documents, long bytes, long spans, int nearDuplicates) {
    }

    private CorpusWriter() {
    }

    public static Stats write(Path out, int documents, long seed) throws IOException {
        return write(out, documents, seed, true);
    }

    /** Writes the corpus; without {@code gold} only the texts, for timing a plain-text import. */
    public static Stats write(Path out, int documents, long seed, boolean gold) throws IOException {
        DocumentSource source = new DocumentSource(seed);
        long bytes = 0;
        long spans = 0;
        int duplicates = 0;
        BufferedWriter goldFile = null;
        try {
            for (int n = 1; n <= documents; n++) {
                Path shard = out.resolve(String.format("%03d", (n - 1) / SHARD_SIZE));
                if ((n - 1) % SHARD_SIZE == 0) {
                    if (goldFile != null) {
                        goldFile.close();
                    }
                    Files.createDirectories(shard);
                    goldFile = gold ? Files.newBufferedWriter(shard.resolve("gold.jsonl"), StandardCharsets.UTF_8) : null;
                }
                NewsDocument doc = source.document(n);
                byte[] utf8 = doc.text().getBytes(StandardCharsets.UTF_8);
                Files.write(shard.resolve(doc.id() + ".txt"), utf8);
                if (goldFile != null) {
                    goldFile.write(Json.line(doc));
                    goldFile.write('\n');
                }
                bytes += utf8.length;
                spans += doc.spans().size();
                duplicates += doc.nearDuplicateOf() == null ? 0 : 1;
            }
        } finally {
            if (goldFile != null) {
                goldFile.close();
            }
        }
        return new Stats(documents, bytes, spans, duplicates);
    }
}
