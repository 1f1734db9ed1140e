package aurum.editor.corpus;

import aurum.core.model.LabelSetRef;

/**
 * Which label set a new corpus gets: an installed one, or its own made from the labels of the imported
 * spans ({@code aurum.labels.corpus.ImportedLabelSet}).
 *
 * @param installed the installed label set, or null to create the corpus's own
 */
public record LabelSetChoice(LabelSetRef installed) {

    /** The corpus's own label set, made from the labels found. */
    public static final LabelSetChoice CREATE = new LabelSetChoice(null);

    /** Whether the corpus gets a label set of its own. */
    public boolean createsOwn() {
        return installed == null;
    }
}
