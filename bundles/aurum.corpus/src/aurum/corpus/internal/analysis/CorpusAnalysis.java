package aurum.corpus.internal.analysis;

import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DocumentFrequencies;
import aurum.corpus.dedup.RelatedIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The analysis of a corpus as kept between imports: per document (numbered in the order analysed) its id,
 * content hash, MinHash signature, key terms and related neighbours ({@link RelatedIndex}); the document
 * frequencies its key terms were weighed with; and the near-duplicate pairs found. Memory is a constant
 * per document (about 1 KB), whatever the number of pairs. Not thread-safe.
 */
public final class CorpusAnalysis {

    /** Signature values per document. */
    static final int HASHES = DedupSettings.DEFAULT.hashCount();

    final List<String> ids = new ArrayList<>();
    final List<String> hashes = new ArrayList<>();
    int[] signatures = new int[0];
    final RelatedIndex related;
    final DocumentFrequencies frequencies;
    final NearDuplicatePairs nearDuplicates = new NearDuplicatePairs();
    /** How many documents the last full build analysed; an update adding many more rebuilds (see {@link AnalysisUpdate}). */
    int fullBuildDocuments;

    CorpusAnalysis(RelatedIndex related, DocumentFrequencies frequencies) {
        this.related = related;
        this.frequencies = frequencies;
    }

    /** An empty analysis with the default settings. */
    static CorpusAnalysis empty() {
        return new CorpusAnalysis(new RelatedIndex(), new DocumentFrequencies());
    }

    /** How many documents are analysed. */
    public int size() {
        return ids.size();
    }

    /** Appends one document's id, hash and signature; its key terms go to {@link #related} separately. */
    void addDocument(String id, String hash, int[] signature) {
        int n = ids.size();
        ids.add(id);
        hashes.add(hash);
        if (signatures.length < (n + 1) * HASHES) {
            signatures = Arrays.copyOf(signatures, Math.max(16, n * 2) * HASHES);
        }
        System.arraycopy(signature, 0, signatures, n * HASHES, HASHES);
    }

    /** The signature of document {@code doc}. */
    int[] signature(int doc) {
        return Arrays.copyOfRange(signatures, doc * HASHES, (doc + 1) * HASHES);
    }

    /** Near-duplicate pairs by document number, with their estimated similarity; grows as pairs are found. */
    static final class NearDuplicatePairs {
        int[] first = new int[16];
        int[] second = new int[16];
        float[] similarity = new float[16];
        int size;

        void add(int a, int b, float s) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                similarity = Arrays.copyOf(similarity, size * 2);
            }
            first[size] = a;
            second[size] = b;
            similarity[size++] = s;
        }
    }
}
