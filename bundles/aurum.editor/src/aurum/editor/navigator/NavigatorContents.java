package aurum.editor.navigator;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentListing;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * What the navigator shows of a corpus at one index generation: the rows the filter lets through in the
 * chosen order, every document by id, and the summary counts, all from the index (no document or layer
 * file is opened, so 100k documents cost their positions only). Made in a job; close it when replaced.
 *
 * @param shown       the rows of the table
 * @param all         every document, by id
 * @param done        documents whose layer of the annotator is done
 * @param clustered   documents in a near-duplicate cluster
 * @param assignments the assignments and each assigned annotator's progress
 * @param curated     documents with a gold layer that curation has started or finished
 */
public record NavigatorContents(ListedRows shown, ListedRows all, int done, int clustered,
        AssignmentOverview assignments, int curated) implements AutoCloseable {

    /**
     * Reads the contents of {@code store}, bringing its index up to date first (with progress).
     *
     * @param filter which documents the table shows (the annotator filter and assignment filter included)
     * @param order  the table's order
     * @param edits  rows changed in open editors
     * @throws OperationCanceledException when cancelled
     */
    public static NavigatorContents read(CorpusStore store, LayerOwner owner, DocumentQuery filter,
            DocumentOrder order, RowEdits edits, IProgressMonitor monitor) throws CorpusStoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + store.settings().name(), 100);
        CorpusIndex index = store.index();
        SubMonitor indexing = progress.split(80).setWorkRemaining(1000);
        int[] reported = {0};
        index.refresh((done, total) -> {
            if (indexing.isCanceled()) {
                throw new OperationCanceledException();
            }
            int permille = (int) (done * 1000 / Math.max(1, total));
            indexing.worked(permille - reported[0]);
            reported[0] = permille;
            indexing.subTask("Indexed " + done + " of " + total + " changed documents");
        });
        Map<String, int[]> clusters = CorpusOverview.nearDuplicateClusters(store);
        progress.split(5);
        AssignmentOverview assignments = AssignmentOverview.read(store);
        RowMaker maker = new RowMaker(owner, clusters);
        DocumentListing all = index.list(DocumentQuery.ALL, DocumentOrder.BY_ID);
        try {
            // unfiltered and by id, the table shows the listing of every document: list once
            DocumentListing shown = filter.isAll() && order.equals(DocumentOrder.BY_ID) ? all : index.list(filter, order);
            int done = index.count(DocumentQuery.ALL.withOwner(owner).withState(LayerState.DONE));
            DocumentQuery gold = DocumentQuery.ALL.withOwner(LayerOwner.GOLD);
            int curated = 0;
            for (LayerState state : new LayerState[] {LayerState.IN_PROGRESS, LayerState.DONE, LayerState.CURATED}) {
                curated += index.count(gold.withState(state));
            }
            progress.split(15);
            return new NavigatorContents(new ListedRows(shown, maker, edits), new ListedRows(all, maker, edits), done,
                    clusters.size(), assignments, curated);
        } catch (CorpusStoreException | RuntimeException e) {
            all.close();
            throw e;
        }
    }

    /** The index generation these contents were read at. */
    public long generation() {
        return shown.generation();
    }

    @Override
    public void close() {
        shown.close();
        all.close();
    }
}
