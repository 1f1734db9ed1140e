package aurum.corpus.internal.index;

import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentOrder;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Sorts every document matching a query by one key, ties by id, in primitive arrays: each match becomes
 * one {@code long}, the key in the high half and the id's global ordinal in the low half, and the array
 * is sorted once. Lucene's top-N collector, asked for all 100k documents, spent seconds on its priority
 * queue comparing title bytes across segments; this takes a read of two doc-value columns and a sort.
 */
final class SortKeys {

    private SortKeys() {
    }

    /** The reader-wide document numbers of the matches of {@code query}, in {@code order}. */
    static int[] sorted(DirectoryReader reader, Query query, DocumentOrder order) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        SortedDocValues ids = MultiDocValues.getSortedValues(reader, IndexFields.ID);
        if (ids == null) {
            return new int[0];
        }
        SortedDocValues titles = order.key() == DocumentOrder.Key.TITLE
                ? MultiDocValues.getSortedValues(reader, IndexFields.TITLE_KEY) : null;
        int titleCount = titles == null ? 0 : titles.getValueCount();
        int[] docOfId = new int[ids.getValueCount()];
        long[] keys = new long[reader.numDocs()];
        int count = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues numbers = numbers(leaf, order);
            DocIdSetIterator matches = scorer.iterator();
            for (int doc = matches.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.nextDoc()) {
                int global = leaf.docBase + doc;
                if (live != null && !live.get(doc) || !ids.advanceExact(global)) {
                    continue;
                }
                int id = ids.ordValue();
                docOfId[id] = global;
                long primary = switch (order.key()) {
                    case ID -> 0;
                    case TITLE -> titles != null && titles.advanceExact(global) ? titles.ordValue() : titleCount;
                    case LENGTH, SPANS -> numbers != null && numbers.advanceExact(doc) ? numbers.longValue() : 0;
                    case STATE -> numbers != null && numbers.advanceExact(doc) ? numbers.longValue()
                            : LayerState.NEW.ordinal();
                };
                primary = Math.clamp(primary, 0, Integer.MAX_VALUE);
                if (order.descending() && order.key() != DocumentOrder.Key.ID) {
                    primary = Integer.MAX_VALUE - primary;
                }
                keys[count++] = primary << 32 | id;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] docs = new int[count];
        boolean reverse = order.descending() && order.key() == DocumentOrder.Key.ID;
        for (int i = 0; i < count; i++) {
            docs[reverse ? count - 1 - i : i] = docOfId[(int) (keys[i] & 0xFFFF_FFFFL)];
        }
        return docs;
    }

    private static NumericDocValues numbers(LeafReaderContext leaf, DocumentOrder order) throws IOException {
        return switch (order.key()) {
            case LENGTH -> DocValues.getNumeric(leaf.reader(), IndexFields.LENGTH);
            case STATE -> leaf.reader().getNumericDocValues(IndexFields.STATE_OF + FolderStamps.ownerKey(order.owner()));
            case SPANS -> leaf.reader().getNumericDocValues(IndexFields.SPANS_OF + FolderStamps.ownerKey(order.owner()));
            default -> null;
        };
    }
}
