package aurum.app.internal.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import aurum.core.model.AttributeDefinition;
import aurum.core.model.LabelDefinition;
import aurum.core.model.LabelSet;
import aurum.corpus.importer.ImportedLabels;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.labels.corpus.CorpusLabelSets;

/**
 * The label set of a corpus that {@code aurum import} creates from annotated input: the default set when it
 * declares every label and attribute the input carries, else a label set of the input's own labels (with the
 * attributes and values met), written to the corpus's {@code labelset.json} and named in {@code corpus.json}.
 * brat's entity types, CoNLL's PER/LOC/ORG/MISC and INCEpTION's tags thus import into a new corpus as they
 * are, and {@code aurum validate} is clean after the import.
 */
final class InputLabelSet {

    /** The id of a label set made from imported labels. */
    static final String ID = "imported";

    private InputLabelSet() {
    }

    /**
     * Gives the new corpus the input's labels when {@code defaults} lacks some.
     *
     * @param defaults the label set the corpus was created with, {@code null} when it cannot be resolved
     * @return the line telling the user, or {@code null} when the corpus keeps {@code defaults}
     */
    static String adopt(CorpusStore store, LabelSet defaults, ImportedLabels met)
            throws IOException, CorpusStoreException {
        Map<String, Long> labels = met.labels();
        if (labels.isEmpty() || defaults != null && declaresAll(defaults, met)) {
            return null;
        }
        CorpusSettings settings = store.settings();
        LabelSet own = met.toLabelSet(ID, "Labels imported into " + settings.name(), "1.0.0");
        CorpusLabelSets.writeCorpusFile(store.directory(), own);
        store.saveSettings(new CorpusSettings(settings.name(), own.ref(), settings.settings()));
        List<String> names = labels.keySet().stream().limit(12).toList();
        return "The corpus's label set is made of the input's " + labels.size() + " label(s) (" + String.join(", ", names)
                + (labels.size() > names.size() ? ", …" : "") + ")" + (defaults == null ? ""
                        : ", as " + defaults.ref() + " lacks some") + ": " + store.directory().resolve(CorpusLabelSets.FILE)
                + " (add hotkeys, colours and guidelines there: docs/LABELS.md)";
    }

    private static boolean declaresAll(LabelSet set, ImportedLabels met) {
        for (String label : met.labels().keySet()) {
            Optional<LabelDefinition> definition = set.label(label);
            if (definition.isEmpty()) {
                return false;
            }
            for (AttributeDefinition attribute : met.attributes(label)) {
                if (definition.get().attributes().stream().noneMatch(a -> a.name().equals(attribute.name()))) {
                    return false;
                }
            }
        }
        return true;
    }
}
