package aurum.corpus.internal.index;

import aurum.corpus.index.IndexedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Reads the listing of every matching document from doc values, segment by segment in document
 * order (the order doc values are read fastest), then sorts by id. No scoring: a corpus listing is
 * not ranked.
 */
final class DocValuesListing {

    private static final Comparator<IndexedDocument> BY_ID = (a, b) -> a.id().compareTo(b.id());

    private DocValuesListing() {
    }

    static List<IndexedDocument> find(IndexSearcher searcher, Query query) throws IOException {
        List<IndexedDocument> result = new ArrayList<>();
        ListingDecoder decoder = new ListingDecoder();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            LeafColumns columns = new LeafColumns(leaf.reader());
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    result.add(columns.entry(decoder, doc));
                }
            }
        }
        result.sort(BY_ID);
        return result;
    }

    /** The file stamp of every indexed document, by id. */
    static Map<String, String> stamps(IndexReader reader) throws IOException {
        Map<String, String> result = new HashMap<>();
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(new MatchAllDocsQuery(), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), IndexFields.ID);
            BinaryDocValues stamps = DocValues.getBinary(leaf.reader(), IndexFields.STAMP);
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    result.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), text(stamps, doc));
                }
            }
        }
        return result;
    }

    private static String text(BinaryDocValues values, int doc) throws IOException {
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }
}
