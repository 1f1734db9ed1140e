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
 * @param relabelled     span id to the label it had before, for spans that changed only their label
 * @param deleted        the spans removed, whole
 * @param replaced       the spans that changed more than their label, whole as they were before
 */
record JournaledLayer(String documentId, LayerOwner owner, long revisionBefore, long revisionAfter,
        Map<String, String> relabelled, List<Span> deleted, List<Span> replaced) {

    JournaledLayer {
        relabelled = Map.copyOf(relabelled);
        deleted = List.copyOf(deleted);
        replaced = List.copyOf(replaced);
    }
}
