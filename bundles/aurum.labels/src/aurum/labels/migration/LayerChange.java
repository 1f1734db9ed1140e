package aurum.labels.migration;

import aurum.core.model.LayerOwner;

/**
 * How one layer changes under a migration, as the preview shows it.
 *
 * @param documentId the document
 * @param owner      whose layer
 * @param revision   the stored revision the preview read; applying checks it is still stored
 * @param relabelled spans that get another label
 * @param deleted    spans that are removed
 */
public record LayerChange(String documentId, LayerOwner owner, long revision, int relabelled, int deleted) {

    /** Spans changed in total. */
    public int changed() {
        return relabelled + deleted;
    }
}
