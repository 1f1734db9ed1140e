package aurum.corpus.internal.analysis;

import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DocumentFrequencies;
import aurum.corpus.dedup.KeyTerms;
import aurum.corpus.dedup.RelatedIndex;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * Reads and writes a {@link CorpusAnalysis} in {@code .aurum/analysis/} (docs/FORMAT.md): one binary file
 * per part and {@code analysis.json}, written last, naming the settings, the document count and each
 * file's length and CRC-32C. Derived data, so nothing is flushed to disk: an analysis whose files do not
 * match {@code analysis.json} (a crash while writing, a hand edit, other settings) reads as missing, and
 * the next import rebuilds it.
 */
public final class AnalysisFiles {

    /** Bumped whenever a file's layout or a measure changes. */
    static final int VERSION = 1;
    static final String STATE = "analysis.json";
    private static final String DOCUMENTS = "documents.tsv";
    private static final String SIGNATURES = "signatures.bin";
    private static final String KEYS = "keys.bin";
    private static final String NEIGHBOURS = "neighbours.bin";
    private static final String FREQUENCIES = "frequencies.bin";
    private static final String NEAR_DUPLICATES = "near-duplicates.bin";

    private final Path dir;

    public AnalysisFiles(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Something written to one file. */
    private interface Part {
        void write(DataOutputStream out) throws IOException;
    }

    /** Something read from one file. */
    private interface Reader {
        void read(DataInputStream in) throws IOException;
    }

    /** Writes every part, then {@code analysis.json}. */
    public void write(CorpusAnalysis a) throws IOException {
        Files.createDirectories(dir);
        invalidate(); // the parts are replaced one by one: none of the old state is valid meanwhile
        Map<String, long[]> files = new LinkedHashMap<>();
        int n = a.size();
        files.put(DOCUMENTS, part(DOCUMENTS, out -> {
            for (int i = 0; i < n; i++) {
                out.write((a.hashes.get(i) + '\t' + a.ids.get(i) + '\n').getBytes(StandardCharsets.UTF_8));
            }
        }));
        files.put(SIGNATURES, part(SIGNATURES, out -> {
            for (int i = 0; i < n * CorpusAnalysis.HASHES; i++) {
                out.writeInt(a.signatures[i]);
            }
        }));
        files.put(KEYS, part(KEYS, out -> {
            for (int i = 0; i < n; i++) {
                KeyTerms k = a.related.keys(i);
                out.writeByte(k.size());
                for (int t = 0; t < k.size(); t++) {
                    out.writeInt(k.terms()[t]);
                    out.writeFloat(k.weights()[t]);
                }
            }
        }));
        files.put(NEIGHBOURS, part(NEIGHBOURS, out -> {
            for (int i = 0; i < n; i++) {
                int count = a.related.neighbourCount(i);
                out.writeByte(count);
                for (int j = 0; j < count; j++) {
                    out.writeInt(a.related.neighbour(i, j));
                    out.writeFloat(a.related.score(i, j));
                }
            }
        }));
        files.put(FREQUENCIES, part(FREQUENCIES, a.frequencies::write));
        files.put(NEAR_DUPLICATES, part(NEAR_DUPLICATES, out -> {
            CorpusAnalysis.NearDuplicatePairs p = a.nearDuplicates;
            for (int i = 0; i < p.size; i++) {
                out.writeInt(p.first[i]);
                out.writeInt(p.second[i]);
                out.writeFloat(p.similarity[i]);
            }
        }));
        StringWriter json = new StringWriter();
        try (JsonWriter w = new JsonWriter(json)) {
            w.setIndent("  ");
            w.beginObject().name("version").value(VERSION).name("settings").value(settings());
            w.name("documents").value(n).name("fullBuildDocuments").value(a.fullBuildDocuments);
            w.name("nearDuplicatePairs").value(a.nearDuplicates.size);
            w.name("files").beginObject();
            for (Map.Entry<String, long[]> f : files.entrySet()) {
                w.name(f.getKey()).beginObject().name("bytes").value(f.getValue()[0]).name("crc32c")
                        .value(f.getValue()[1]).endObject();
            }
            w.endObject().endObject();
        }
        replace(STATE, (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The stored analysis; {@code null} when there is none, or it is not usable (written by another
     * version or with other settings, a file missing, of the wrong length or checksum).
     */
    public CorpusAnalysis read() {
        JsonObject state;
        try {
            state = JsonParser.parseString(Files.readString(dir.resolve(STATE), StandardCharsets.UTF_8)).getAsJsonObject();
            if (state.get("version").getAsInt() != VERSION || !settings().equals(state.get("settings").getAsString())) {
                return null;
            }
            int n = state.get("documents").getAsInt();
            int pairs = state.get("nearDuplicatePairs").getAsInt();
            JsonObject files = state.getAsJsonObject("files");
            DocumentFrequencies[] df = new DocumentFrequencies[1];
            read(files, FREQUENCIES, in -> df[0] = DocumentFrequencies.read(in));
            CorpusAnalysis a = new CorpusAnalysis(new RelatedIndex(), df[0]);
            a.fullBuildDocuments = state.get("fullBuildDocuments").getAsInt();
            int[] signature = new int[CorpusAnalysis.HASHES];
            String[] lines = new String[n];
            read(files, DOCUMENTS, in -> {
                String[] all = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                if (all.length != n + 1 || !all[n].isEmpty()) {
                    throw new IOException(DOCUMENTS + " does not list " + n + " documents");
                }
                System.arraycopy(all, 0, lines, 0, n);
            });
            read(files, SIGNATURES, in -> {
                for (int i = 0; i < n; i++) {
                    String[] f = lines[i].split("\t", 2);
                    for (int k = 0; k < signature.length; k++) {
                        signature[k] = in.readInt();
                    }
                    a.addDocument(f[1], f[0], signature);
                }
            });
            read(files, KEYS, in -> {
                for (int i = 0; i < n; i++) {
                    int count = in.readUnsignedByte();
                    int[] terms = new int[count];
                    float[] weights = new float[count];
                    for (int t = 0; t < count; t++) {
                        terms[t] = in.readInt();
                        weights[t] = in.readFloat();
                    }
                    a.related.add(new KeyTerms(terms, weights));
                }
            });
            read(files, NEIGHBOURS, in -> {
                for (int i = 0; i < n; i++) {
                    int count = in.readUnsignedByte();
                    int[] docs = new int[count];
                    float[] scores = new float[count];
                    for (int j = 0; j < count; j++) {
                        docs[j] = in.readInt();
                        scores[j] = in.readFloat();
                        if (docs[j] < 0 || docs[j] >= n) {
                            throw new IOException("neighbour out of range");
                        }
                    }
                    a.related.restoreNeighbours(i, docs, scores);
                }
            });
            read(files, NEAR_DUPLICATES, in -> {
                for (int i = 0; i < pairs; i++) {
                    a.nearDuplicates.add(in.readInt(), in.readInt(), in.readFloat());
                }
            });
            return a;
        } catch (IOException | RuntimeException e) {
            return null; // missing, torn or from elsewhere: rebuilt by the next import
        }
    }

    /** Deletes {@code analysis.json}, so that the analysis reads as missing (the other files go with the next write). */
    void invalidate() throws IOException {
        Files.deleteIfExists(dir.resolve(STATE));
    }

    /** Whether {@code analysis.json} exists (not whether the analysis is usable). */
    boolean exists() {
        return Files.exists(dir.resolve(STATE));
    }

    private static String settings() {
        DedupSettings d = DedupSettings.DEFAULT;
        return "shingles " + d.shingleSize() + ", hashes " + d.hashCount() + ", bands " + d.bands() + ", seed "
                + Long.toHexString(d.seed()) + ", near-duplicate " + d.nearDuplicate() + ", keys " + KeyTerms.MAX
                + ", related " + RelatedIndex.THRESHOLD + " top " + RelatedIndex.NEIGHBOURS + " posting "
                + RelatedIndex.MAX_POSTING + ", exact frequencies";
    }

    private void read(JsonObject files, String name, Reader reader) throws IOException {
        JsonElement f = files.get(name);
        if (f == null) {
            throw new NoSuchFileException(name);
        }
        Path file = dir.resolve(name);
        long bytes = f.getAsJsonObject().get("bytes").getAsLong();
        if (Files.size(file) != bytes) {
            throw new IOException(name + " has the wrong length");
        }
        CRC32C crc = new CRC32C();
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(new CheckedInputStream(raw, crc), 1 << 16))) {
            reader.read(in);
            if (in.read() >= 0) {
                throw new IOException(name + " is longer than its contents");
            }
        }
        if (crc.getValue() != f.getAsJsonObject().get("crc32c").getAsLong()) {
            throw new IOException(name + " does not match its checksum");
        }
    }

    /** Writes one part to a temporary file, renames it into place; returns its length and checksum. */
    private long[] part(String name, Part part) throws IOException {
        Path temp = temp(name);
        CRC32C crc = new CRC32C();
        long bytes;
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16))) {
                part.write(out);
                out.flush();
                bytes = Files.size(temp);
            }
            move(temp, dir.resolve(name));
        } finally {
            Files.deleteIfExists(temp);
        }
        return new long[] {bytes, crc.getValue()};
    }

    private void replace(String name, byte[] content) throws IOException {
        Path temp = temp(name);
        try {
            Files.write(temp, content);
            move(temp, dir.resolve(name));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path temp(String name) {
        return dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
                + ".tmp");
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
