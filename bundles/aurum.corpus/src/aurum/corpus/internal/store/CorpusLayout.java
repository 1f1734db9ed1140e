package aurum.corpus.internal.store;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.DocumentIds;
import java.nio.file.Path;

/** Where each file of a corpus lives (docs/FORMAT.md), and the names used for them in messages. */
final class CorpusLayout {

    static final String CORPUS_FILE = "corpus.json";
    static final String DOCUMENTS = "documents";
    static final String META_SUFFIX = ".meta.json";
    static final String TEXT_SUFFIX = ".txt";
    static final String LAYERS = "layers";
    static final String DERIVED = ".aurum";

    private final Path root;

    CorpusLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path corpusFile() {
        return root.resolve(CORPUS_FILE);
    }

    Path documentsDir() {
        return root.resolve(DOCUMENTS);
    }

    Path lockFile() {
        return root.resolve(DERIVED).resolve("lock");
    }

    Path text(String id) {
        return documentsDir().resolve(id + TEXT_SUFFIX);
    }

    Path meta(String id) {
        return documentsDir().resolve(id + META_SUFFIX);
    }

    /** {@code layers/annotators}: one folder per annotator. */
    Path annotatorsDir() {
        return root.resolve(LAYERS).resolve("annotators");
    }

    /** {@code layers/gold/<id>.json} or {@code layers/annotators/<annotator>/<id>.json}. */
    Path layer(String id, LayerOwner owner) {
        Path layers = root.resolve(LAYERS);
        return switch (owner) {
            case LayerOwner.Gold gold -> layers.resolve("gold").resolve(id + ".json");
            case LayerOwner.Annotator annotator -> layers.resolve("annotators")
                    .resolve(DocumentIds.requireValid(annotator.id(), "annotator id")).resolve(id + ".json");
        };
    }

    /** The path relative to the corpus folder with forward slashes, as users see it in git. */
    String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
