package aurum.export.internal.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import aurum.core.model.Document;
import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.dedup.DedupSettings;
import aurum.corpus.dedup.DuplicateIndex;
import aurum.corpus.dedup.Relation;
import aurum.corpus.dedup.SignatureFactory;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * The one place the export learns a document's excluded regions and near-duplicate cluster.
 * <p>
 * For now both are computed here: regions by the {@link BoilerplateDetector}, clusters by MinHash over
 * the texts (the {@link Relation#RELATED} clusters, the ones the dedup settings name for keeping train
 * and test apart). <b>At merge the lead switches both methods to the stored values</b>,
 * {@code CorpusStore.excludedRegions(id)} and {@code CorpusStore.duplicateClusters()}, which another
 * branch adds; nothing else in the export needs to change.
 */
public final class DocumentExtras {

    private final CorpusStore store;
    private final BoilerplateDetector detector = new BoilerplateDetector();

    public DocumentExtras(CorpusStore store) {
        this.store = store;
    }

    /** The regions of {@code document} left out of the export, sorted and non-overlapping. */
    public List<ExcludedRegion> excludedRegions(Document document) {
        return detector.propose(document.text());
    }

    /**
     * Document id → cluster id for the documents in {@code ids} that have near-duplicates or related
     * documents among them; a document missing from the map is a cluster of its own. Reads every text
     * once, keeping only its 128-hash signature.
     */
    public Map<String, String> duplicateClusters(List<String> ids) throws CorpusStoreException {
        SignatureFactory signatures = new SignatureFactory(DedupSettings.DEFAULT);
        DuplicateIndex index = new DuplicateIndex(DedupSettings.DEFAULT);
        for (String id : ids) {
            Document document = store.document(id).orElseThrow(() -> new CorpusStoreException("document " + id + " vanished during the export"));
            index.add(id, signatures.sign(document.text()));
        }
        Map<String, String> clusters = new HashMap<>();
        for (List<String> cluster : index.clusters(Relation.RELATED)) {
            for (String member : cluster) {
                clusters.put(member, cluster.get(0));
            }
        }
        return clusters;
    }
}
