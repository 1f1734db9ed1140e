package aurum.app.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;

import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.dedup.Relation;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.DocumentRelation;

/**
 * What {@code aurum stats} tells beyond the index: the boilerplate regions stored with the documents
 * (left out of exports) and the near-duplicate clusters and related pairs found at import.
 */
final class CorpusExtras {

    private final int documents;
    private int documentsWithRegions;
    private long regions;
    private long excludedChars;
    private final Map<String, Long> regionsPerKind = new TreeMap<>();
    private int clusters;
    private int clusteredDocuments;
    private int relatedPairs;

    private CorpusExtras(int documents) {
        this.documents = documents;
    }

    /** Reads every document's regions (one metadata file each) and the stored clusters. */
    static CorpusExtras read(CorpusStore store, ProgressLine progress) throws CorpusStoreException {
        List<DocumentInfo> infos = store.documents();
        CorpusExtras extras = new CorpusExtras(infos.size());
        long done = 0;
        for (DocumentInfo info : infos) {
            List<ExcludedRegion> found = store.excludedRegions(info.id());
            if (!found.isEmpty()) {
                extras.documentsWithRegions++;
            }
            for (ExcludedRegion region : found) {
                extras.regions++;
                extras.excludedChars += region.end() - region.start();
                extras.regionsPerKind.merge(region.kind().name(), 1L, Long::sum);
            }
            progress.worked(++done, infos.size());
        }
        progress.done();
        Map<String, Long> sizes = new TreeMap<>();
        store.duplicateClusters().values().forEach(representative -> sizes.merge(representative, 1L, Long::sum));
        sizes.values().stream().filter(n -> n > 1).forEach(n -> {
            extras.clusters++;
            extras.clusteredDocuments += n;
        });
        for (DocumentRelation relation : store.relations()) {
            if (relation.relation() == Relation.RELATED) {
                extras.relatedPairs++;
            }
        }
        return extras;
    }

    JsonObject boilerplateJson() {
        JsonObject o = new JsonObject();
        o.addProperty("documentsWithRegions", documentsWithRegions);
        o.addProperty("regions", regions);
        o.addProperty("excludedCharacters", excludedChars);
        JsonObject kinds = new JsonObject();
        regionsPerKind.forEach(kinds::addProperty);
        o.add("regionsPerKind", kinds);
        return o;
    }

    JsonObject duplicatesJson() {
        JsonObject o = new JsonObject();
        o.addProperty("clusters", clusters);
        o.addProperty("documentsInClusters", clusteredDocuments);
        o.addProperty("relatedPairs", relatedPairs);
        return o;
    }

    void table(PrintStream out) {
        out.println();
        out.printf("Boilerplate      %d regions in %d of %d documents, %d characters left out of exports%n",
                regions, documentsWithRegions, documents, excludedChars);
        regionsPerKind.forEach((kind, n) -> out.printf("  %-18s %d%n", kind, n));
        out.printf("Near-duplicates  %d clusters holding %d documents; %d related pairs (clusters.json)%n",
                clusters, clusteredDocuments, relatedPairs);
    }
}
