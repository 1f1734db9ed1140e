package aurum.learn;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import aurum.core.model.LabelSet;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.recognizer.Cancellation;

/**
 * Trains a corpus's model from what its annotators decided and stores it in {@code .aurum/learn/}: the
 * work behind {@code aurum train} and the workbench's background training. Does nothing when the data
 * has not changed since the stored model was trained (same fingerprint) unless forced.
 */
public final class CorpusTraining {

    /** The library recorded in manifests. */
    public static final String LIBRARY = "Apache OpenNLP 2.5.6 name finder";

    /** How a training run ended. */
    public enum Status {
        /** A new model was trained and stored. */
        TRAINED,
        /** The stored model was trained on the same data; nothing was done. */
        UP_TO_DATE,
        /** The corpus holds no decided span to learn from; nothing was stored. */
        NOTHING_TO_LEARN
    }

    /**
     * @param status   what happened
     * @param manifest the manifest of the model now stored, if any
     * @param decided  decided spans found in the corpus
     */
    public record Outcome(Status status, Optional<ModelManifest> manifest, int decided) {
    }

    /** Told how far training has got; {@code phase} is a short sentence for a progress line. */
    @FunctionalInterface
    public interface Progress {
        /** Reports progress. */
        void report(String phase, int done, int total);
    }

    private final ModelParameters parameters;

    /** Training with the given parameters. */
    public CorpusTraining(ModelParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Reads the corpus, trains and stores the model.
     *
     * @param force train even when the data is the same as for the stored model
     * @throws CorpusStoreException if the corpus cannot be read
     * @throws IOException if the model cannot be stored (the old one is then still in place)
     * @throws aurum.labels.recognizer.RecognitionCancelledException if cancelled; nothing is stored then
     */
    public Outcome train(CorpusStore store, LabelSet labelSet, boolean force, Progress progress, Cancellation cancel)
            throws CorpusStoreException, IOException {
        CorpusTrainingData.Data data = CorpusTrainingData.read(store,
                (done, total) -> progress.report("Reading decided spans", done, total), cancel);
        Optional<ModelManifest> current = Optional.empty();
        try {
            current = StoredModels.load(store.directory()).map(StoredModels.Stored::manifest);
        } catch (IOException unusable) {
            // a broken model is replaced below
        }
        if (data.documents().isEmpty()) {
            return new Outcome(Status.NOTHING_TO_LEARN, current, 0);
        }
        if (!force && current.isPresent() && current.get().fingerprint().equals(data.fingerprint())
                && current.get().labelSetId().equals(labelSet.id())) {
            return new Outcome(Status.UP_TO_DATE, current, data.decidedSpans());
        }
        progress.report("Training on " + data.documents().size() + " documents", 0, 1);
        ModelTrainer.Trained trained;
        try {
            trained = new ModelTrainer(parameters).train(data.documents(), cancel);
        } catch (IllegalArgumentException nothingTeachable) {
            return new Outcome(Status.NOTHING_TO_LEARN, current, data.decidedSpans());
        }
        cancel.throwIfCancelled();
        progress.report("Storing the model", 1, 1);
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT, LIBRARY, Instant.now(), labelSet.id(),
                labelSet.version(), trained.model().labels(), trained.summary(), data.decidedSpans(),
                data.fingerprint(), trained.parameters(), "");
        return new Outcome(Status.TRAINED, Optional.of(StoredModels.save(store.directory(), trained.model(), manifest)),
                data.decidedSpans());
    }
}
