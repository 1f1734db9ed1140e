package aurum.learn.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.RecognitionInput;
import aurum.labels.recognizer.Recognizer;
import aurum.labels.recognizer.Suggestion;
import aurum.labels.registry.RecognizerContext;
import aurum.labels.registry.RecognizerFactory;
import aurum.learn.LearnedRecognizer;
import aurum.learn.LearningSettings;
import aurum.learn.StoredModels;

/**
 * Contributes the learning recognizer ({@code aurum.learn.model}, any label set): the model stored in the
 * corpus's {@code .aurum/learn/}. Proposes nothing while learning is turned off, before a model was
 * trained, or when the model was trained for another label set.
 */
public final class LearnedRecognizerFactory implements RecognizerFactory {

    @Override
    public Recognizer create(RecognizerContext context) throws IOException {
        if (!LearningSettings.current().enabled()) {
            return Silent.INSTANCE;
        }
        Optional<Path> corpus = context.corpusDirectory();
        if (corpus.isEmpty()) {
            return Silent.INSTANCE;
        }
        Optional<StoredModels.Stored> stored = StoredModels.load(corpus.get());
        if (stored.isEmpty()) {
            return Silent.INSTANCE;
        }
        if (!stored.get().manifest().labelSetId().equals(context.labelSet().id())) {
            log("The learned model of " + corpus.get() + " was trained for label set '"
                    + stored.get().manifest().labelSetId() + "', the corpus now uses '" + context.labelSet().id()
                    + "'; it proposes nothing until trained again (aurum train).");
            return Silent.INSTANCE;
        }
        return new LearnedRecognizer(stored.get().model());
    }

    private static void log(String message) {
        try {
            ILog.of(LearnedRecognizerFactory.class).warn(message);
        } catch (RuntimeException | LinkageError notRunning) {
            // outside the platform (plain tests) there is no log to write to
        }
    }

    /** The learning recognizer when there is nothing to propose. */
    private enum Silent implements Recognizer {
        INSTANCE;

        @Override
        public String id() {
            return LearnedRecognizer.ID;
        }

        @Override
        public String displayName() {
            return "Learned from this corpus";
        }

        @Override
        public Set<String> labelIds() {
            return Set.of();
        }

        @Override
        public List<Suggestion> recognize(RecognitionInput input, Cancellation cancel) {
            return List.of();
        }
    }
}
