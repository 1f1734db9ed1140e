package aurum.labels.registry;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import aurum.core.model.LabelSet;
import aurum.labels.dictionary.AcceptedSpan;

/**
 * What a {@link RecognizerFactory} may know about the corpus a recognizer is built for. The accepted
 * spans are read only when a factory asks for them, since reading every layer of a large corpus takes
 * time that recognizers without a dictionary should not pay.
 */
public final class RecognizerContext {

    private final LabelSet labelSet;
    private final Supplier<? extends Collection<AcceptedSpan>> accepted;
    private final Path corpusDirectory;
    private Collection<AcceptedSpan> acceptedCache;

    /**
     * A context without a corpus folder, for recognizers run outside a stored corpus.
     *
     * @param labelSet the label set suggestions must use
     * @param accepted reads the spans annotators made or accepted anywhere in the corpus
     */
    public RecognizerContext(LabelSet labelSet, Supplier<? extends Collection<AcceptedSpan>> accepted) {
        this(labelSet, accepted, null);
    }

    /**
     * @param labelSet        the label set suggestions must use
     * @param accepted        reads the spans annotators made or accepted anywhere in the corpus
     * @param corpusDirectory the folder of the stored corpus, where a recognizer may keep what it learned
     *                        (under {@code .aurum/}), or {@code null} when there is none
     * @since 0.2
     */
    public RecognizerContext(LabelSet labelSet, Supplier<? extends Collection<AcceptedSpan>> accepted,
            Path corpusDirectory) {
        this.labelSet = Objects.requireNonNull(labelSet, "labelSet");
        this.accepted = Objects.requireNonNull(accepted, "accepted");
        this.corpusDirectory = corpusDirectory;
    }

    /** A context for a single document or a test: a label set and no accepted spans. */
    public static RecognizerContext of(LabelSet labelSet) {
        return new RecognizerContext(labelSet, List::of);
    }

    /** The label set of the corpus; suggestions with other labels are dropped. */
    public LabelSet labelSet() {
        return labelSet;
    }

    /**
     * The folder of the corpus the recognizer runs on, e.g. for a model trained on it (the learning
     * recognizer keeps its model in {@code .aurum/learn/}); empty for a single document or a test.
     *
     * @since 0.2
     */
    public Optional<Path> corpusDirectory() {
        return Optional.ofNullable(corpusDirectory);
    }

    /** Spans with status MANUAL or ACCEPTED in any layer of the corpus, read once on first call. */
    public synchronized Collection<AcceptedSpan> acceptedSpans() {
        if (acceptedCache == null) {
            acceptedCache = List.copyOf(accepted.get());
        }
        return acceptedCache;
    }
}
