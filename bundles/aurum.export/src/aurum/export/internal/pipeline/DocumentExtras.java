package aurum.export.internal.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.dedup.DisjointSets;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentRelation;

/**
 * The one place the export learns a document's excluded regions and near-duplicate cluster, both as the
 * corpus stores them: the regions proposed at import (and edited since) in the document's metadata, and
 * the pairs found alike at import in {@code clusters.json}. Near-duplicates and related documents (another
 * write-up of the same story) both tie documents to one split, so that a model is never tested on a story
 * it was trained on.
 */
public final class DocumentExtras {

    private final CorpusStore store;

    public DocumentExtras(CorpusStore store) {
        this.store = store;
    }

    /** The regions of {@code document} left out of the export, sorted and non-overlapping. */
    public List<ExcludedRegion> excludedRegions(Document document) throws CorpusStoreException {
        return store.excludedRegions(document.id());
    }

    /**
     * Document id → cluster id for the documents in {@code ids} that are near-duplicates of or related to
     * others among them (transitively); a document missing from the map is a cluster of its own. The
     * cluster id is the smallest member id, so it does not depend on the order of {@code ids}.
     */
    public Map<String, String> duplicateClusters(List<String> ids) throws CorpusStoreException {
        Map<String, Integer> slot = new HashMap<>();
        List<String> idsBySlot = new ArrayList<>();
        DisjointSets sets = new DisjointSets();
        Set<String> wanted = Set.copyOf(ids);
        for (DocumentRelation relation : store.relations()) {
            if (wanted.contains(relation.first()) && wanted.contains(relation.second())) {
                sets.union(slotOf(relation.first(), slot, idsBySlot, sets), slotOf(relation.second(), slot, idsBySlot, sets));
            }
        }
        Map<Integer, TreeSet<String>> members = new HashMap<>();
        for (int i = 0; i < idsBySlot.size(); i++) {
            members.computeIfAbsent(sets.find(i), k -> new TreeSet<>()).add(idsBySlot.get(i));
        }
        Map<String, String> clusters = new HashMap<>();
        for (TreeSet<String> cluster : members.values()) {
            cluster.forEach(member -> clusters.put(member, cluster.first()));
        }
        return clusters;
    }

    private static int slotOf(String id, Map<String, Integer> slot, List<String> idsBySlot, DisjointSets sets) {
        return slot.computeIfAbsent(id, k -> {
            idsBySlot.add(k);
            return sets.add();
        });
    }
}
