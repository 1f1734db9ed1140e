package aurum.bench.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus to disk, one document at a time, in shards of 1000 documents: {@code DIR/000/doc-000001.txt}
 * (UTF-8, no byte order mark), and either one {@code DIR/000/gold.jsonl} per shard (one line per
 * document in id order, UTF-16 offsets), or nothing more (texts only), or brat standoff: a
 * {@code doc-000001.ann} beside each text, one {@code T} line per span with offsets in code points of the
 * file's text (a CRLF counts two, an emoji one), as brat writes them. In brat form {@code DIR/stories.tsv}
 * also lists each document's story and the document it copies, for measurements (brat tools and the
 * brat importer only read {@code .txt}/{@code .ann} pairs). Memory use does not grow with the corpus.
 */
public final class CorpusWriter {

    static final int SHARD_SIZE = 1000;

    /** What is written beside each text. */
    public enum Annotations {
        /** {@code gold.jsonl} per shard. */
        GOLD_JSONL,
        /** Nothing: texts only, for timing a plain-text import. */
        NONE,
        /** A brat {@code .ann} file per text, and {@code stories.tsv}. */
        BRAT
    }

    /** What was written, for the throughput report. */
    public record Stats(int documents, long bytes, long spans, int nearDuplicates) {
    }

    private CorpusWriter() {
    }

    public static Stats write(Path out, int documents, long seed) throws IOException {
        return write(out, documents, seed, true);
    }

    /** Writes the classic corpus; without {@code gold} only the texts, for timing a plain-text import. */
    public static Stats write(Path out, int documents, long seed, boolean gold) throws IOException {
        return write(out, new DocumentSource(seed), documents, gold ? Annotations.GOLD_JSONL : Annotations.NONE);
    }

    /** Writes the first {@code documents} documents of {@code source}. */
    public static Stats write(Path out, DocumentSource source, int documents, Annotations annotations)
            throws IOException {
        long bytes = 0;
        long spans = 0;
        int duplicates = 0;
        BufferedWriter goldFile = null;
        BufferedWriter storiesFile = null;
        try {
            if (annotations == Annotations.BRAT) {
                Files.createDirectories(out);
                storiesFile = Files.newBufferedWriter(out.resolve("stories.tsv"), StandardCharsets.UTF_8);
                storiesFile.write("document\tstory\tnear_duplicate_of\n");
            }
            for (int n = 1; n <= documents; n++) {
                Path shard = out.resolve(String.format("%03d", (n - 1) / SHARD_SIZE));
                if ((n - 1) % SHARD_SIZE == 0) {
                    if (goldFile != null) {
                        goldFile.close();
                    }
                    Files.createDirectories(shard);
                    goldFile = annotations == Annotations.GOLD_JSONL
                            ? Files.newBufferedWriter(shard.resolve("gold.jsonl"), StandardCharsets.UTF_8) : null;
                }
                NewsDocument doc = source.document(n);
                byte[] utf8 = doc.text().getBytes(StandardCharsets.UTF_8);
                Files.write(shard.resolve(doc.id() + ".txt"), utf8);
                if (goldFile != null) {
                    goldFile.write(Json.line(doc));
                    goldFile.write('\n');
                }
                if (annotations == Annotations.BRAT) {
                    Files.writeString(shard.resolve(doc.id() + ".ann"), BratStandoff.ann(doc), StandardCharsets.UTF_8);
                    storiesFile.write(doc.id() + "\t" + doc.story() + "\t"
                            + (doc.nearDuplicateOf() == null ? "" : doc.nearDuplicateOf()) + "\n");
                }
                bytes += utf8.length;
                spans += doc.spans().size();
                duplicates += doc.nearDuplicateOf() == null ? 0 : 1;
            }
        } finally {
            if (goldFile != null) {
                goldFile.close();
            }
            if (storiesFile != null) {
                storiesFile.close();
            }
        }
        return new Stats(documents, bytes, spans, duplicates);
    }
}
