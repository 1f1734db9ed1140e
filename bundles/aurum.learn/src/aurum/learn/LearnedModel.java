package aurum.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import aurum.labels.recognizer.Cancellation;
import aurum.labels.recognizer.SpanRules;
import aurum.labels.recognizer.Suggestion;
import aurum.learn.internal.LabelTypes;
import aurum.learn.internal.TokenizedText;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A trained name finder and the labels it proposes. Thread-safe: OpenNLP's finder keeps per-document
 * state, so each call borrows a finder from a small pool (one per thread that is using the model).
 * <p>
 * A suggestion's confidence is the finder's probability for it (averaged over its tokens), discounted by
 * how much the model has seen of its label: {@code p * n / (n + }{@value #PRIOR_SPANS}{@code )} for
 * {@code n} taught spans of the label. A model taught a few dozen spans thus stays below the rule-based
 * recognizers (0.75 to 0.95) where both propose something, and fills in where they propose nothing; as
 * annotators accept more, its suggestions win more often. Suggestions whose probability is below the
 * minimum confidence are not proposed at all.
 * <p>
 * A label whose suggestions were mostly wrong on documents held out of training is <em>withheld</em>: the
 * model proposes nothing of it (see {@link #withheld(Map)}). Where rules already propose a label, a model
 * that has learned it badly can only add wrong suggestions; this is how learning does not lower the
 * quality of suggestions while a label has too little data (docs/PERFORMANCE.md, issue 19).
 */
public final class LearnedModel {

    static {
        aurum.learn.internal.QuietLogging.ensure();
    }

    /** Taught spans of a label at which its suggestions keep half their probability. */
    public static final int PRIOR_SPANS = 50;
    /** A label is withheld when less than this share of its held-out suggestions was right ... */
    public static final double MINIMUM_HELD_OUT_PRECISION = 0.8;
    /** ... and it proposed at least this many there (fewer tell too little to withhold it). */
    public static final int MINIMUM_HELD_OUT_PROPOSALS = 5;

    private final TokenNameFinderModel model;
    private final LabelTypes types;
    private final double minimumConfidence;
    private final Map<String, Integer> taught;
    private final Set<String> withheld;
    private final ConcurrentLinkedQueue<NameFinderME> finders = new ConcurrentLinkedQueue<>();

    LearnedModel(TokenNameFinderModel model, List<String> labels, double minimumConfidence, Map<String, Integer> taught,
            Set<String> withheld) {
        this.model = model;
        this.types = new LabelTypes(labels);
        this.minimumConfidence = minimumConfidence;
        this.taught = Map.copyOf(taught);
        this.withheld = Set.copyOf(withheld);
    }

    /**
     * The labels to withhold given how they fared held out: those with at least
     * {@value #MINIMUM_HELD_OUT_PROPOSALS} held-out suggestions of which less than
     * {@value #MINIMUM_HELD_OUT_PRECISION} were right.
     */
    public static Set<String> withheld(Map<String, HeldOut> heldOut) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        heldOut.forEach((label, h) -> {
            if (h.proposed() >= MINIMUM_HELD_OUT_PROPOSALS && h.precision() < MINIMUM_HELD_OUT_PRECISION) {
                out.add(label);
            }
        });
        return out;
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param labels            the labels in the order stored in the manifest
     * @param minimumConfidence suggestions whose probability is below it are dropped
     * @param taught            spans taught per label, from the manifest
     * @throws IOException if the stream is not a model of this kind
     */
    public static LearnedModel read(InputStream in, List<String> labels, double minimumConfidence,
            Map<String, Integer> taught) throws IOException {
        return read(in, labels, minimumConfidence, taught, Set.of());
    }

    /**
     * Reads a model written by {@link #write} that proposes nothing of the {@code withheld} labels.
     *
     * @throws IOException if the stream is not a model of this kind
     */
    public static LearnedModel read(InputStream in, List<String> labels, double minimumConfidence,
            Map<String, Integer> taught, Set<String> withheld) throws IOException {
        return new LearnedModel(new TokenNameFinderModel(in), labels, minimumConfidence, taught, withheld);
    }

    /** Writes the model (an OpenNLP model archive); the labels go into the manifest. */
    public void write(OutputStream out) throws IOException {
        model.serialize(out);
    }

    /** The labels the model proposes, in the order of its types (the manifest keeps this order). */
    public List<String> labels() {
        return types.labels();
    }

    /** The label ids it proposes (not the withheld), for {@link aurum.labels.recognizer.Recognizer#labelIds()}. */
    public Set<String> labelIds() {
        Set<String> out = new java.util.HashSet<>(types.labels());
        out.removeAll(withheld);
        return Set.copyOf(out);
    }

    /** The labels it was taught but does not propose, having got them mostly wrong on held-out documents. */
    public Set<String> withheldLabels() {
        return withheld;
    }

    /**
     * Proposes spans in {@code text}, ordered by start then end, each well-formed, with the model's
     * probability averaged over the span's tokens as confidence.
     *
     * @throws aurum.labels.recognizer.RecognitionCancelledException if {@code cancel} asks to stop
     */
    public List<Suggestion> suggest(String text, Cancellation cancel) {
        TokenizedText tokens = TokenizedText.of(text);
        NameFinderME finder = finders.poll();
        if (finder == null) {
            finder = new NameFinderME(model);
        }
        try {
            finder.clearAdaptiveData();
            List<Suggestion> out = new ArrayList<>();
            for (int[] segment : tokens.segments()) {
                cancel.throwIfCancelled();
                Span[] names = finder.find(tokens.words(segment[0], segment[1]));
                double[] probabilities = finder.probs(names);
                for (int i = 0; i < names.length; i++) {
                    String label = types.label(names[i].getType());
                    if (label == null || probabilities[i] < minimumConfidence || withheld.contains(label)) {
                        continue;
                    }
                    int start = tokens.start(segment[0] + names[i].getStart());
                    int end = tokens.end(segment[0] + names[i].getEnd() - 1);
                    if (SpanRules.isWellFormed(text, start, end)) {
                        int n = taught.getOrDefault(label, 0);
                        double confidence = Math.min(1.0, probabilities[i]) * n / (n + PRIOR_SPANS);
                        out.add(new Suggestion(label, start, end, confidence, Map.of()));
                    }
                }
            }
            return out;
        } finally {
            finders.offer(finder);
        }
    }
}
