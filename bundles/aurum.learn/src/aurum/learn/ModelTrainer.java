package aurum.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import aurum.labels.recognizer.Cancellation;
import aurum.learn.internal.LabelTypes;
import aurum.learn.internal.SampleBuilder;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains the learning recognizer's model: Apache OpenNLP's name finder (a maximum-entropy sequence tagger
 * with OpenNLP's default token, token-class, window and previous-outcome features, BIO coded) on the
 * spans people decided. Any label set works: the labels are whatever the documents carry.
 */
public final class ModelTrainer {

    /** The result: the model, what it learned from, and the parameters used (scaled to the data). */
    public record Trained(LearnedModel model, TrainingSummary summary, ModelParameters parameters) {
    }

    static {
        aurum.learn.internal.QuietLogging.ensure();
    }

    private final ModelParameters parameters;

    /** A trainer with the given parameters. */
    public ModelTrainer(ModelParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Trains on {@code documents}.
     *
     * @throws IllegalArgumentException if the documents hold no span that can be taught
     * @throws aurum.labels.recognizer.RecognitionCancelledException if cancelled before training starts
     */
    public Trained train(Collection<TrainingDocument> documents, Cancellation cancel) {
        long started = System.nanoTime();
        TreeSet<String> labels = new TreeSet<>();
        documents.forEach(d -> d.spans().forEach(s -> labels.add(s.labelId())));
        LabelTypes types = new LabelTypes(new ArrayList<>(labels));
        SampleBuilder builder = new SampleBuilder(types);
        for (TrainingDocument d : documents) {
            cancel.throwIfCancelled();
            builder.add(d);
        }
        if (builder.spansPerLabel().isEmpty()) {
            throw new IllegalArgumentException("nothing to learn: " + documents.size()
                    + " documents hold no span that falls on token edges");
        }
        cancel.throwIfCancelled();
        long tokens = builder.samples().stream().mapToLong(s -> s.getSentence().length).sum();
        ModelParameters parameters = this.parameters.scaledTo(tokens);
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, parameters.algorithm());
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, parameters.iterations());
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, parameters.cutoff());
        params.put(opennlp.tools.util.TrainingParameters.THREADS_PARAM, parameters.threads());
        params.put(opennlp.tools.util.TrainingParameters.TRAINER_TYPE_PARAM, "Event");
        params.put("DataIndexer", "OnePass"); // in memory; the default two-pass indexer writes events to a file
        params.put("BeamSize", 1); // greedy decoding: a third of the beam-3 cost, the same suggestions on the dev set
        TokenNameFinderModel model;
        try {
            model = NameFinderME.train("und", null, ObjectStreamUtils.createObjectStream(builder.samples()), params,
                    new TokenNameFinderFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("training failed: " + e.getMessage(), e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> ordered = types.labels();
        return new Trained(new LearnedModel(model, ordered, parameters.minimumConfidence(), builder.spansPerLabel()),
                new TrainingSummary(builder.documents(), builder.completeDocuments(), builder.samples().size(),
                        builder.spansPerLabel(), builder.unaligned() + builder.overlapping(), millis), parameters);
    }
}
