package aurum.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import aurum.labels.recognizer.Cancellation;
import aurum.learn.internal.LabelTypes;
import aurum.learn.internal.NameFinderFitting;
import aurum.learn.internal.SampleBuilder;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Trains the learning recognizer's model: Apache OpenNLP's name finder (a maximum-entropy sequence tagger
 * with OpenNLP's default token, token-class, window and previous-outcome features, BIO coded) on the
 * spans people decided. Any label set works: the labels are whatever the documents carry.
 * <p>
 * While the training data is small (up to {@value #ESTIMATE_UP_TO_TOKENS} tokens, where training takes
 * seconds), the model is also judged on data it has not seen: {@value #FOLDS} models, each trained without
 * one third of the documents, propose spans in that third, and per label the share of right proposals is
 * kept ({@link TrainingSummary#heldOut()}). A label the model gets mostly wrong is withheld
 * ({@link LearnedModel#withheld}). Large training data is not judged: it would cost twice the training.
 */
public final class ModelTrainer {

    /** The result: the model, what it learned from, and the parameters used (scaled to the data). */
    public record Trained(LearnedModel model, TrainingSummary summary, ModelParameters parameters) {
    }

    /** Training data of at most this many tokens is judged on held-out documents. */
    public static final int ESTIMATE_UP_TO_TOKENS = 100_000;
    /** The documents are cut into this many folds for the held-out judgement (and it needs as many). */
    public static final int FOLDS = 3;

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
        TokenNameFinderModel model = NameFinderFitting.fit(builder.samples(), parameters, cancel);
        Map<String, HeldOut> heldOut = tokens <= ESTIMATE_UP_TO_TOKENS
                ? heldOut(builder.samples(), types, parameters, cancel)
                : Map.of();
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> ordered = types.labels();
        return new Trained(new LearnedModel(model, ordered, parameters.minimumConfidence(), builder.spansPerLabel(),
                LearnedModel.withheld(heldOut)),
                new TrainingSummary(builder.documents(), builder.completeDocuments(), builder.samples().size(),
                        builder.spansPerLabel(), builder.unaligned() + builder.overlapping(), millis, heldOut),
                parameters);
    }

    /**
     * Per label, how models trained without one fold of the documents propose spans in that fold: taught
     * spans count as right, anything else as wrong (an incomplete document's samples are only its lines
     * with spans, so unread text counts for nothing). Empty with fewer than {@value #FOLDS} documents.
     */
    static Map<String, HeldOut> heldOut(List<NameSample> samples, LabelTypes types, ModelParameters parameters,
            Cancellation cancel) {
        List<List<NameSample>> documents = new ArrayList<>();
        for (NameSample s : samples) {
            if (s.isClearAdaptiveDataSet() || documents.isEmpty()) {
                documents.add(new ArrayList<>());
            }
            documents.get(documents.size() - 1).add(s);
        }
        if (documents.size() < FOLDS) {
            return Map.of();
        }
        Map<String, int[]> counts = new TreeMap<>(); // label -> proposed, right
        for (int fold = 0; fold < FOLDS; fold++) {
            List<NameSample> train = new ArrayList<>();
            List<NameSample> test = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                (d % FOLDS == fold ? test : train).addAll(documents.get(d));
            }
            if (train.stream().allMatch(s -> s.getNames().length == 0)) {
                continue; // nothing to learn without this fold
            }
            cancel.throwIfCancelled();
            NameFinderME finder;
            try {
                finder = new NameFinderME(NameFinderFitting.fit(train, parameters, cancel));
            } catch (java.io.UncheckedIOException refused) {
                continue; // e.g. a single outcome left without this fold: this fold tells nothing
            }
            for (NameSample s : test) {
                if (s.isClearAdaptiveDataSet()) {
                    finder.clearAdaptiveData();
                }
                Span[] found = finder.find(s.getSentence());
                double[] probabilities = finder.probs(found);
                for (int i = 0; i < found.length; i++) {
                    String label = types.label(found[i].getType());
                    if (label == null || probabilities[i] < parameters.minimumConfidence()) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(label, l -> new int[2]);
                    c[0]++;
                    for (Span taught : s.getNames()) {
                        if (taught.getStart() == found[i].getStart() && taught.getEnd() == found[i].getEnd()
                                && found[i].getType().equals(taught.getType())) {
                            c[1]++;
                            break;
                        }
                    }
                }
            }
        }
        Map<String, HeldOut> out = new TreeMap<>();
        counts.forEach((label, c) -> out.put(label, new HeldOut(c[0], c[1])));
        return out;
    }
}
