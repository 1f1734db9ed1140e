package aurum.corpus.internal.index;

import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentListing;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * A {@link DocumentListing} on one Lucene reader: the matching documents sorted by Lucene on doc values
 * (ids, title keys, lengths and the per-owner state and span counts of {@link IndexFields}), kept as
 * their reader-wide document numbers, 4 bytes each. The reader is reference-counted, so the index can
 * move on to newer readers while this listing still reads the one it was made from.
 */
final class SortedListing implements DocumentListing {

    private final DirectoryReader reader;
    private final int[] docs;
    private final long generation;
    private final Path root;
    private boolean closed;

    private SortedListing(DirectoryReader reader, int[] docs, long generation, Path root) {
        this.reader = reader;
        this.docs = docs;
        this.generation = generation;
        this.root = root;
    }

    /** Runs {@code query} sorted by {@code order} on {@code reader}, which the listing holds a reference to. */
    static SortedListing create(DirectoryReader reader, Query query, DocumentOrder order, long generation, Path root)
            throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(query, Math.max(1, reader.maxDoc()), sort(order));
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        reader.incRef();
        return new SortedListing(reader, docs, generation, root);
    }

    /** The Lucene sort for {@code order}, ties broken by id. */
    static Sort sort(DocumentOrder order) {
        boolean reverse = order.descending();
        SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
        SortField primary = switch (order.key()) {
            case ID -> new SortField(IndexFields.ID, SortField.Type.STRING, reverse);
            case TITLE -> new SortField(IndexFields.TITLE_KEY, SortField.Type.STRING, reverse);
            case LENGTH -> new SortField(IndexFields.LENGTH, SortField.Type.LONG, reverse);
            case STATE -> perOwner(IndexFields.STATE_OF, order, LayerState.NEW.ordinal());
            case SPANS -> perOwner(IndexFields.SPANS_OF, order, 0);
        };
        return order.key() == DocumentOrder.Key.ID ? new Sort(primary) : new Sort(primary, id);
    }

    private static SortField perOwner(String prefix, DocumentOrder order, long missing) {
        SortField field = new SortField(prefix + FolderStamps.ownerKey(order.owner()), SortField.Type.LONG,
                order.descending());
        field.setMissingValue(missing);
        return field;
    }

    @Override
    public int size() {
        return docs.length;
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public synchronized List<IndexedDocument> rows(int from, int to) throws CorpusStoreException {
        if (from < 0 || to > docs.length || from > to) {
            throw new IndexOutOfBoundsException("rows " + from + " to " + to + " of " + docs.length);
        }
        ensureOpen();
        // doc values are read forwards: visit the wanted documents in document order, place them by position
        long[] wanted = new long[to - from];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = (long) docs[from + i] << 32 | i;
        }
        Arrays.sort(wanted);
        IndexedDocument[] rows = new IndexedDocument[wanted.length];
        List<LeafReaderContext> leaves = reader.leaves();
        ListingDecoder decoder = new ListingDecoder();
        try {
            int leafIndex = -1;
            LeafColumns columns = null;
            for (long w : wanted) {
                int doc = (int) (w >>> 32);
                int leaf = ReaderUtil.subIndex(doc, leaves);
                if (leaf != leafIndex) {
                    leafIndex = leaf;
                    columns = new LeafColumns(leaves.get(leaf).reader());
                }
                rows[(int) w] = columns.entry(decoder, doc - leaves.get(leaf).docBase);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw new CorpusStoreException("Cannot read the index of corpus " + root + ": " + e.getMessage()
                    + ". The index is derived data: delete " + root.resolve(".aurum").resolve("index")
                    + " and it is rebuilt.", e);
        }
        return List.of(rows);
    }

    @Override
    public synchronized int indexOf(String id) throws CorpusStoreException {
        ensureOpen();
        try {
            TopDocs found = new IndexSearcher(reader).search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return -1;
            }
            int doc = found.scoreDocs[0].doc;
            for (int i = 0; i < docs.length; i++) {
                if (docs[i] == doc) {
                    return i;
                }
            }
            return -1;
        } catch (IOException | AlreadyClosedException e) {
            throw new CorpusStoreException("Cannot search the index of corpus " + root + ": " + e.getMessage(), e);
        }
    }

    private void ensureOpen() throws CorpusStoreException {
        if (closed) {
            throw new CorpusStoreException("This listing of corpus " + root + " was closed; list the documents again.");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.decRef();
        } catch (IOException | AlreadyClosedException e) {
            // the files are released either way; nothing the caller could do
        }
    }
}
