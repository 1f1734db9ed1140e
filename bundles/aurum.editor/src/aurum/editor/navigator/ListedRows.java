package aurum.editor.navigator;

import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

import org.eclipse.core.runtime.ILog;

import aurum.corpus.index.DocumentListing;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusStoreException;

/**
 * The rows of an index {@link DocumentListing} as a list that reads them a page at a time when asked
 * for, keeping only the most recently used pages: what the navigator's virtual table shows. Rows the
 * open editors changed since the index last saw them come from the {@link RowEdits} instead.
 * Unmodifiable; closing releases the listing.
 */
public final class ListedRows extends AbstractList<DocumentRow> implements RandomAccess, AutoCloseable {

    /** Rows read at once: a screenful or two, so scrolling reads the index a few times a second at most. */
    static final int PAGE = 128;
    /** Pages kept: 8,192 rows, a few MB, whatever the corpus size. */
    private static final int PAGES_KEPT = 64;

    private final DocumentListing listing;
    private final RowMaker maker;
    private final RowEdits edits;
    private final Map<Integer, List<DocumentRow>> pages = new LinkedHashMap<>(PAGES_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DocumentRow>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private boolean failed;

    /**
     * @param listing the documents, in table order; closed with this list
     * @param maker   turns index entries into rows for the annotator shown
     * @param edits   rows changed in open editors, applied over what the index says
     */
    public ListedRows(DocumentListing listing, RowMaker maker, RowEdits edits) {
        this.listing = listing;
        this.maker = maker;
        this.edits = edits;
    }

    @Override
    public int size() {
        return listing.size();
    }

    @Override
    public synchronized DocumentRow get(int index) {
        return edits.over(indexed(index));
    }

    /** The row at {@code index} as the index has it, without the editors' changes. */
    synchronized DocumentRow indexed(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index + " of " + size());
        }
        int page = index / PAGE;
        List<DocumentRow> rows = pages.get(page);
        if (rows == null) {
            rows = read(page * PAGE, Math.min(size(), page * PAGE + PAGE));
            pages.put(page, rows);
        }
        return rows.get(index - page * PAGE);
    }

    private List<DocumentRow> read(int from, int to) {
        try {
            return listing.rows(from, to).stream().map(maker::row).toList();
        } catch (CorpusStoreException e) {
            if (!failed) {
                failed = true;
                ILog.of(getClass()).warn(e.getMessage());
            }
            // a closed store or a broken index: the rows say so instead of failing the paint
            DocumentRow unreadable = DocumentRow.unreadable(e.getMessage());
            return java.util.Collections.nCopies(to - from, unreadable);
        }
    }

    /** The position of document {@code id}, or -1 when it is not listed (or cannot be read). */
    public int positionOf(String id) {
        try {
            return listing.indexOf(id);
        } catch (CorpusStoreException e) {
            return -1;
        }
    }

    /** The index generation the rows were listed at. */
    public long generation() {
        return listing.generation();
    }

    @Override
    public void close() {
        listing.close();
    }
}
