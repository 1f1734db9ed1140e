package aurum.labels.migration;

import java.util.List;
import java.util.Map;

import aurum.core.model.LayerOwner;
import aurum.core.model.Span;

/**
 * What a migration did to one layer, enough to reverse it.
 *
 * @param documentId     the document
 * @param owner          whose layer
 * @param revisionBefore the stored revision before the migration
 * @param revisionAfter  the revision the migration saved
 * @param relabelled     span id to the label it had before
 * @param deleted        the spans removed, whole
 */
record JournaledLayer(String documentId, LayerOwner owner, long revisionBefore, long revisionAfter,
        Map<String, String> relabelled, List<Span> deleted) {

    JournaledLayer {
        relabelled = Map.copyOf(relabelled);
        deleted = List.copyOf(deleted);
    }
}
