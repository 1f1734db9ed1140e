package aurum.labels.corpus;

import java.util.List;
import java.util.Objects;

import aurum.core.model.LabelSet;

/**
 * The label set resolved for a corpus and where it came from.
 *
 * @param labelSet the label set
 * @param origin   {@code <corpus>/labelset.json} or {@code plugin <bundle id>}/{@code installed plugins}, for messages
 * @param fromCorpusFile whether the corpus carries it in its own file
 * @param warnings problems that did not stop the resolution, e.g. corpus.json naming another version
 */
public record CorpusLabelSet(LabelSet labelSet, String origin, boolean fromCorpusFile, List<String> warnings) {

    /** Copies the warnings. */
    public CorpusLabelSet {
        Objects.requireNonNull(labelSet, "labelSet");
        Objects.requireNonNull(origin, "origin");
        warnings = List.copyOf(warnings);
    }
}
