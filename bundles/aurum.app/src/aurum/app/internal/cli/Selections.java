package aurum.app.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.corpus.assignment.CorpusAnnotators;
import aurum.corpus.store.CorpusStore;
import aurum.export.ExportOptions;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.registry.LabelSetRegistry;

/**
 * Checks that options which select something select anything at all: a label the corpus's label set defines,
 * an annotator the corpus has. An option that selects nothing is a usage error naming what there is, instead of
 * a command that does nothing and exits 0.
 */
final class Selections {

    private Selections() {
    }

    /** The corpus's label set, or empty when it cannot be resolved (then labels are not checked). */
    static Optional<LabelSet> labelSet(CorpusStore store, LabelSetRegistry registry) {
        try {
            return Optional.of(new CorpusLabelSets(registry).resolve(store).labelSet());
        } catch (LabelSetFormatException e) {
            return Optional.empty();
        }
    }

    /** Refuses a label id that the corpus's label set does not define. */
    static void requireLabel(String option, String label, Optional<LabelSet> set) throws UsageException {
        if (label.isBlank()) {
            throw new UsageException(option + " names no label");
        }
        // PARENT.* picks every label below PARENT (docs/EXPORT.md): PARENT itself must exist
        String id = label.endsWith(ExportOptions.SUB_TYPES)
                ? label.substring(0, label.length() - ExportOptions.SUB_TYPES.length()) : label;
        if (set.isPresent() && set.get().label(id).isEmpty()) {
            throw new UsageException(option + " names label '" + label + "', which label set " + set.get().ref()
                    + " does not define; its labels: " + String.join(", ", new TreeSet<>(set.get().labels().stream()
                            .map(LabelDefinition::id).toList())));
        }
    }

    /** Refuses an annotator without layers in the corpus. */
    static void requireAnnotator(String option, String annotator, Path corpus) throws Exception {
        requireAnnotator(option, annotator, CorpusAnnotators.of(corpus), corpus.toString());
    }

    /** {@code annotator} must be one of {@code known}, the annotators of {@code corpus}. */
    static void requireAnnotator(String option, String annotator, List<String> known, String corpus)
            throws UsageException {
        if (!known.contains(annotator)) {
            throw new UsageException(option + " names annotator '" + annotator + "', who has no layer in " + corpus
                    + (known.isEmpty() ? "; the corpus has no annotator layers yet"
                            : "; annotators: " + String.join(", ", known)));
        }
    }
}
