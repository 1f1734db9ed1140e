package aurum.corpus.internal.analysis;

import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DuplicateIndex;
import aurum.corpus.dedup.KeyTerms;
import aurum.corpus.dedup.Relation;
import aurum.corpus.dedup.Signature;
import aurum.corpus.dedup.SimilarPair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Brings a {@link CorpusAnalysis} up to date with the documents of the corpus. When the stored analysis
 * covers the corpus as it was, only the documents added since are analysed ({@link Mode#INCREMENTAL}):
 * their features come from the import that added them (a {@link FeatureSpill}) or, for documents added
 * otherwise ({@code addDocument}, a {@code git pull}), are read from their texts; their key terms are
 * weighed with the stored document frequencies plus their own; each gets its related neighbours and is
 * offered to the lists of the documents it relates to; its signature is compared with the stored ones
 * through the LSH buckets. The stored documents are not read or analysed again.
 *
 * <p>Everything is computed again ({@link Mode#FULL}) when there is no usable stored analysis, when a
 * document was removed or changed, or when the added documents are more than {@link #REBUILD_GROWTH} of
 * the analysed ones: term weights drift as a corpus grows, and a full build each time the corpus grows by
 * a quarter keeps them close at a constant cost per document over the corpus's life. A full build
 * numbers documents in id order, so its result does not depend on the order of import.
 */
public final class AnalysisUpdate {

    /** Added documents, as a share of the analysed ones, above which the analysis is rebuilt. */
    public static final double REBUILD_GROWTH = 0.25;

    /** What an update did. */
    public enum Mode {
        /** The stored analysis already covered the corpus. */
        UNCHANGED,
        /** Only added documents were analysed. */
        INCREMENTAL,
        /** Every document was analysed. */
        FULL
    }

    /** The features of a stored document, read from its text; {@code null} when it is gone or changed meanwhile. */
    public interface FeatureSource {
        Features read(String id, String contentHash) throws IOException;
    }

    /** The outcome: the analysis, what was done, and how many documents had their features computed or read. */
    public record Result(CorpusAnalysis analysis, Mode mode, int analysed) {
    }

    private final int threads;
    private final Path scratch;

    /**
     * @param threads threads for reading texts and relating documents
     * @param scratch folder for the features of texts read by the update
     */
    public AnalysisUpdate(int threads, Path scratch) {
        this.threads = Math.max(1, threads);
        this.scratch = scratch;
    }

    /**
     * @param stored the stored analysis, or {@code null} when there is none usable
     * @param corpus every document of the corpus: id → content hash
     * @param spill features of documents added by the import, or {@code null}; records whose id and hash
     *        are not in {@code corpus} are ignored
     */
    public Result update(CorpusAnalysis stored, SortedMap<String, String> corpus, FeatureSpill spill,
            FeatureSource source) throws IOException {
        Map<String, Integer> kept = new HashMap<>();
        boolean removed = false;
        if (stored != null) {
            for (int i = 0; i < stored.size(); i++) {
                if (stored.hashes.get(i).equals(corpus.get(stored.ids.get(i)))) {
                    kept.put(stored.ids.get(i), i);
                } else {
                    removed = true;
                }
            }
        }
        List<String> added = corpus.keySet().stream().filter(id -> !kept.containsKey(id)).toList();
        if (stored != null && !removed && added.isEmpty()) {
            return new Result(stored, Mode.UNCHANGED, 0);
        }
        boolean full = stored == null || removed || kept.isEmpty() || added.size() > REBUILD_GROWTH * kept.size();
        List<String> wanted = full ? List.copyOf(corpus.keySet()) : added;
        try (Sources sources = new Sources(spill, corpus)) {
            sources.readMissing(wanted, corpus, source);
            return full ? full(wanted, sources) : incremental(stored, wanted, sources);
        }
    }

    private Result full(List<String> ids, Sources sources) throws IOException {
        CorpusAnalysis a = CorpusAnalysis.empty();
        sources.forEach(f -> a.frequencies.add(f.terms()));
        // in id order; keys weighed on every core (a document's terms cost a table lookup each)
        int[] signatures = new int[ids.size() * CorpusAnalysis.HASHES];
        KeyTerms[] keys = new KeyTerms[ids.size()];
        String[] hashes = new String[ids.size()];
        parallel(ids.size(), i -> {
            Features f = sources.features(ids.get(i));
            if (f != null) {
                System.arraycopy(f.signature(), 0, signatures, i * CorpusAnalysis.HASHES, CorpusAnalysis.HASHES);
                keys[i] = KeyTerms.of(f.terms(), a.frequencies);
                hashes[i] = f.contentHash();
            }
        });
        int[] signature = new int[CorpusAnalysis.HASHES];
        for (int i = 0; i < ids.size(); i++) {
            if (keys[i] != null) { // null: gone or changed while being read; the next import finds it
                System.arraycopy(signatures, i * CorpusAnalysis.HASHES, signature, 0, signature.length);
                a.addDocument(ids.get(i), hashes[i], signature);
                a.related.add(keys[i]);
            }
        }
        a.fullBuildDocuments = a.size();
        relate(a, 0);
        return new Result(a, Mode.FULL, a.size());
    }

    private Result incremental(CorpusAnalysis a, List<String> added, Sources sources) throws IOException {
        List<Features> features = new ArrayList<>();
        for (String id : added) {
            Features f = sources.features(id);
            if (f != null) {
                features.add(f);
                a.frequencies.add(f.terms());
            }
        }
        int first = a.size();
        for (Features f : features) {
            a.addDocument(f.id(), f.contentHash(), f.signature());
            a.related.add(KeyTerms.of(f.terms(), a.frequencies));
        }
        relate(a, first);
        return new Result(a, Mode.INCREMENTAL, features.size());
    }

    /**
     * Links documents {@code first} and later: their related neighbours (every document's when
     * {@code first} is 0) on the other cores while this thread compares their signatures with the earlier
     * ones through the LSH buckets.
     */
    private void relate(CorpusAnalysis a, int first) {
        CompletableFuture<Void> related = CompletableFuture.runAsync(() -> {
            if (first == 0) {
                a.related.linkAll(Math.max(1, threads - 1));
            } else {
                a.related.linkFrom(first);
            }
        });
        DuplicateIndex shingles = new DuplicateIndex(DedupSettings.DEFAULT);
        Map<String, Integer> numbers = new HashMap<>();
        for (int doc = 0; doc < a.size(); doc++) {
            String id = a.ids.get(doc);
            numbers.put(id, doc);
            Signature signature = new Signature(a.signature(doc));
            if (doc < first) {
                shingles.restore(id, signature);
                continue;
            }
            for (SimilarPair pair : shingles.add(id, signature)) {
                if (pair.relation() == Relation.NEAR_DUPLICATE) {
                    a.nearDuplicates.add(numbers.get(pair.first()), doc, (float) pair.similarity());
                }
            }
        }
        try {
            related.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs {@code action} for 0 to {@code n - 1} on {@link #threads} threads; rethrows an I/O failure. */
    private void parallel(int n, IoIntConsumer action) throws IOException {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach((IntConsumer) i -> {
                try {
                    action.accept(i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).join();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        } finally {
            pool.shutdown();
        }
    }

    private interface IoIntConsumer {
        void accept(int i) throws IOException;
    }

    private interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    /**
     * Where each document's features are: the import's spill, or a spill of the texts read by this update.
     */
    private final class Sources implements AutoCloseable {
        private final FeatureSpill imported;
        private final Map<String, Integer> inImported = new HashMap<>();
        private FeatureSpill read;
        private final Map<String, Integer> inRead = new HashMap<>();

        Sources(FeatureSpill imported, SortedMap<String, String> corpus) {
            this.imported = imported;
            if (imported != null) {
                for (int i = 0; i < imported.size(); i++) {
                    if (imported.contentHash(i).equals(corpus.get(imported.id(i)))) {
                        inImported.put(imported.id(i), i);
                    }
                }
            }
        }

        /** Reads and analyses the documents of {@code ids} that the import did not bring. */
        void readMissing(List<String> ids, SortedMap<String, String> corpus, FeatureSource source) throws IOException {
            List<String> missing = ids.stream().filter(id -> !inImported.containsKey(id)).toList();
            if (missing.isEmpty()) {
                return;
            }
            read = FeatureSpill.create(scratch);
            parallel(missing.size(), i -> {
                Features f = source.read(missing.get(i), corpus.get(missing.get(i)));
                if (f != null) {
                    read.append(f);
                }
            });
            for (int i = 0; i < read.size(); i++) {
                inRead.put(read.id(i), i);
            }
        }

        Features features(String id) throws IOException {
            Integer i = inImported.get(id);
            if (i != null) {
                return imported.read(i);
            }
            Integer j = inRead.get(id);
            return j == null ? null : read.read(j);
        }

        /** Every available document's features, in spill order (sequential reads). */
        void forEach(IoConsumer<Features> action) throws IOException {
            if (imported != null) {
                for (int i = 0; i < imported.size(); i++) {
                    if (inImported.get(imported.id(i)) == i) {
                        action.accept(imported.read(i));
                    }
                }
            }
            if (read != null) {
                for (int i = 0; i < read.size(); i++) {
                    action.accept(read.read(i));
                }
            }
        }

        @Override
        public void close() throws IOException {
            if (read != null) {
                read.close();
            }
        }
    }
}
