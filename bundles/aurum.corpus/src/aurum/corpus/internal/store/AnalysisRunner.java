package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.corpus.internal.analysis.AnalysisFiles;
import aurum.corpus.internal.analysis.AnalysisUpdate;
import aurum.corpus.internal.analysis.ClusterFileWriter;
import aurum.corpus.internal.analysis.CorpusDigest;
import aurum.corpus.internal.analysis.FeatureSpill;
import aurum.corpus.internal.analysis.Features;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * Keeps {@code clusters.json} in step with the documents of a corpus: compares what the file says it was
 * computed from with the corpus, and when they differ brings the stored analysis ({@code .aurum/analysis/})
 * up to date ({@link AnalysisUpdate}) and writes the file again. Runs under its own lock
 * ({@code .aurum/analysis/lock}), not the corpus lock, so layer saves go on meanwhile; two imports
 * finishing at once update one after the other, the second seeing the first's documents.
 */
final class AnalysisRunner {

    private final FolderCorpusStore store;
    private final CorpusLayout layout;
    private final CorpusLock lock;

    AnalysisRunner(FolderCorpusStore store) {
        this.store = store;
        this.layout = store.layout();
        this.lock = new CorpusLock(layout.analysisDir().resolve("lock"));
    }

    /** The documents of the corpus now: id → content hash (taken under the corpus lock). */
    private SortedMap<String, String> corpus() throws CorpusStoreException {
        return store.locked("list the documents of", () -> {
            ContentHashIndex index = store.hashIndex();
            index.refresh();
            SortedMap<String, String> documents = index.documents();
            Set<String> present = new HashSet<>(store.catalog().ids());
            documents.keySet().retainAll(present);
            return documents;
        });
    }

    /** Whether {@code clusters.json} covers the corpus as it is. */
    AnalysisStatus status() throws CorpusStoreException {
        SortedMap<String, String> corpus = corpus();
        ClusterFile.Header header = ClusterFile.header(layout.clustersFile(), CorpusLayout.CLUSTERS_FILE);
        if (header == null) {
            return new AnalysisStatus(corpus.isEmpty() ? AnalysisStatus.State.EMPTY : AnalysisStatus.State.MISSING, -1,
                    corpus.size());
        }
        boolean current = CorpusDigest.of(corpus).equals(header.corpusDigest());
        return new AnalysisStatus(current ? AnalysisStatus.State.CURRENT : AnalysisStatus.State.STALE,
                header.documents(), corpus.size());
    }

    /**
     * Brings the analysis and {@code clusters.json} up to date; does nothing when the file covers the
     * corpus already.
     *
     * @param spill the features of the documents an import added, or {@code null}
     * @return what was done, with the clusters and pairs written; {@code null} when nothing needed doing
     */
    Outcome update(FeatureSpill spill) throws CorpusStoreException {
        SortedMap<String, String> corpus = corpus();
        try {
            return lock.withLock(() -> {
                FeatureSpill.deleteAbandoned(layout.analysisDir());
                ClusterFile.Header header = ClusterFile.header(layout.clustersFile(), CorpusLayout.CLUSTERS_FILE);
                if (header != null && CorpusDigest.of(corpus).equals(header.corpusDigest())) {
                    return null;
                }
                AnalysisFiles files = new AnalysisFiles(layout.analysisDir());
                AnalysisUpdate.Result result = new AnalysisUpdate(Runtime.getRuntime().availableProcessors(),
                        layout.analysisDir()).update(files.read(), corpus, spill, this::features);
                if (result.mode() != AnalysisUpdate.Mode.UNCHANGED) {
                    files.write(result.analysis());
                }
                ClusterFileWriter.Summary[] summary = new ClusterFileWriter.Summary[1];
                AtomicFiles.writeStream(layout.clustersFile(),
                        out -> summary[0] = ClusterFileWriter.write(result.analysis(), out));
                return new Outcome(result.mode(), result.analysed(), summary[0]);
            });
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException e) {
            throw JsonFiles.failure("update " + CorpusLayout.CLUSTERS_FILE + " of", "corpus " + layout.root(), e);
        }
    }

    /** What an update did. */
    record Outcome(AnalysisUpdate.Mode mode, int analysed, ClusterFileWriter.Summary written) {
    }

    /** Reads and analyses a stored document; {@code null} if it is gone, changed or unreadable. */
    private Features features(String id, String contentHash) {
        try {
            Optional<Document> document = store.catalog().read(id);
            if (document.isEmpty() || !document.get().contentHash().equals(contentHash)) {
                return null;
            }
            return Features.of(id, contentHash, document.get().text(), store.excludedRegions(id));
        } catch (CorpusStoreException e) {
            return null; // a damaged document: aurum validate names it; the analysis leaves it out meanwhile
        }
    }
}
