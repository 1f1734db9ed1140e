package aurum.corpus.internal.index;

import aurum.corpus.index.IndexedDocument;
import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The doc values a listing entry is made of, for one segment. Doc values are iterators: documents
 * must be read in increasing order, and a new instance starts over.
 */
final class LeafColumns {

    private final SortedDocValues ids;
    private final BinaryDocValues titles;
    private final NumericDocValues lengths;
    private final BinaryDocValues layers;
    private final BinaryDocValues problems;

    LeafColumns(LeafReader reader) throws IOException {
        ids = DocValues.getSorted(reader, IndexFields.ID);
        titles = DocValues.getBinary(reader, IndexFields.TITLE);
        lengths = DocValues.getNumeric(reader, IndexFields.LENGTH);
        layers = DocValues.getBinary(reader, IndexFields.LAYERS);
        problems = DocValues.getBinary(reader, IndexFields.PROBLEMS);
    }

    /** The entry of segment document {@code doc}, which must be above the one read before. */
    IndexedDocument entry(ListingDecoder decoder, int doc) throws IOException {
        String id = ids.advanceExact(doc) ? ListingDecoder.string(ids.lookupOrd(ids.ordValue())) : "";
        return decoder.entry(id, bytes(titles, doc), lengths.advanceExact(doc) ? lengths.longValue() : 0,
                bytes(layers, doc), bytes(problems, doc));
    }

    private static BytesRef bytes(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue() : null;
    }
}
