package aurum.corpus.internal.store;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.DocumentIds;
import java.nio.file.Path;

/**
 * Where each file of a corpus lives (docs/FORMAT.md), and the names used for them in messages. Public
 * for the index ({@code aurum.corpus.internal.index}), which scans the same folders.
 */
public final class CorpusLayout {

    static final String CORPUS_FILE = "corpus.json";
    static final String DOCUMENTS = "documents";
    static final String META_SUFFIX = ".meta.json";
    static final String TEXT_SUFFIX = ".txt";
    static final String LAYERS = "layers";
    static final String DERIVED = ".aurum";
    static final String CLUSTERS_FILE = "clusters.json";
    /** The suffix of a layer's change journal, see docs/FORMAT.md. */
    public static final String JOURNAL_SUFFIX = ".journal.jsonl";

    private final Path root;

    /** @param root the corpus folder */
    public CorpusLayout(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    Path corpusFile() {
        return root.resolve(CORPUS_FILE);
    }

    public Path documentsDir() {
        return root.resolve(DOCUMENTS);
    }

    Path lockFile() {
        return root.resolve(DERIVED).resolve("lock");
    }

    /** The content-hash cache, see {@link ContentHashIndex}. */
    Path hashIndexFile() {
        return root.resolve(DERIVED).resolve("content-hashes.tsv");
    }

    /** The folder times of the last temporary-file sweep, see {@link TemporaryFileSweep}. */
    Path sweptFoldersFile() {
        return root.resolve(DERIVED).resolve("swept-folders");
    }

    /** {@code .aurum/staging}: where bulk import writes texts and meta files before renaming them into {@code documents}. */
    Path stagingDir() {
        return root.resolve(DERIVED).resolve("staging");
    }

    /** {@code .aurum/analysis}: the stored near-duplicate and related analysis, see docs/FORMAT.md. */
    Path analysisDir() {
        return root.resolve(DERIVED).resolve("analysis");
    }

    /** Near-duplicate clusters and related pairs, see docs/FORMAT.md. */
    Path clustersFile() {
        return root.resolve(CLUSTERS_FILE);
    }

    public Path text(String id) {
        return documentsDir().resolve(id + TEXT_SUFFIX);
    }

    public Path meta(String id) {
        return documentsDir().resolve(id + META_SUFFIX);
    }

    /** {@code layers/gold/<id>.json} or {@code layers/annotators/<annotator>/<id>.json}. */
    public Path layer(String id, LayerOwner owner) {
        Path layers = root.resolve(LAYERS);
        return switch (owner) {
            case LayerOwner.Gold gold -> layers.resolve("gold").resolve(id + ".json");
            case LayerOwner.Annotator annotator -> layers.resolve("annotators")
                    .resolve(DocumentIds.requireValid(annotator.id(), "annotator id")).resolve(id + ".json");
        };
    }

    /** The change journal of a layer: the layer file's name with {@code .journal.jsonl} for {@code .json}. */
    public Path journal(String id, LayerOwner owner) {
        return layer(id, owner).resolveSibling(id + JOURNAL_SUFFIX);
    }

    /** The path relative to the corpus folder with forward slashes, as users see it in git. */
    public String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** {@code layers/gold}. */
    public Path goldDir() {
        return root.resolve(LAYERS).resolve("gold");
    }

    /** {@code layers/annotators}, one folder per annotator below. */
    public Path annotatorsDir() {
        return root.resolve(LAYERS).resolve("annotators");
    }

    /** {@code .aurum/index}: the derived index, see docs/FORMAT.md. */
    public Path indexDir() {
        return root.resolve(DERIVED).resolve("index");
    }
}
