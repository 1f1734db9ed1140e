package aurum.corpus.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** What the index writes as doc values is what a listing reads back, byte for byte. */
class DocValuesListingTest {

    private static List<IndexedDocument> roundTrip(List<IndexedDocument> entries) throws IOException {
        return roundTrip(entries, null);
    }

    private static List<IndexedDocument> roundTrip(List<IndexedDocument> entries, String rawLayers)
            throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (IndexedDocument entry : entries) {
                Document doc = IndexFields.toLucene(entry, "some text", "meta 1:2");
                if (rawLayers != null) {
                    doc.removeField(IndexFields.LAYERS);
                    doc.add(new BinaryDocValuesField(IndexFields.LAYERS, new BytesRef(rawLayers)));
                }
                writer.addDocument(doc);
                writer.commit(); // several segments, as a real index has
            }
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                return DocValuesListing.find(new IndexSearcher(reader), new MatchAllDocsQuery());
            }
        }
    }

    private static Map<String, Integer> counts(Object... labelAndCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < labelAndCount.length; i += 2) {
            counts.put((String) labelAndCount[i], (Integer) labelAndCount[i + 1]);
        }
        return counts;
    }

    @Test
    void everyFieldOfEveryDocumentComesBackSortedById() throws IOException {
        IndexedDocument rich = new IndexedDocument("d-2", "Tokyo \u6771\u4EAC \u201Cno\u201D \uD83D\uDE80 Cafe\u0301\u00A0x",
                1234, List.of(new LayerSummary(LayerOwner.GOLD, LayerState.CURATED, 7, counts("WEAPON", 3, "AMOUNT", 1)),
                        new LayerSummary(LayerOwner.annotator("alice"), LayerState.DONE, Long.MAX_VALUE, Map.of()),
                        new LayerSummary(LayerOwner.annotator("bob.b_1"), LayerState.IN_PROGRESS, 0,
                                counts("ORG", 12_345, "ORG.sub-type", 1, "PERSON", 2))),
                List.of("layers/annotators/carol/d-2.json: line 3: unexpected end", "second problem"));
        IndexedDocument bare = new IndexedDocument("a1", "", 0, List.of(), List.of());
        IndexedDocument oneLayer = new IndexedDocument("z", "T", 5,
                List.of(new LayerSummary(LayerOwner.annotator("alice"), LayerState.NEW, 1, counts("WEAPON", 1))),
                List.of());
        assertEquals(List.of(bare, rich, oneLayer), roundTrip(List.of(oneLayer, rich, bare)));
    }

    @Test
    void manyDistinctLabelsAndOwnersStayApart() throws IOException {
        List<IndexedDocument> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<String, Integer> counts = new TreeMap<>();
            for (int j = 0; j < 40; j++) { // more than the decoder's first buffers and interning tables hold
                counts.put("L" + (i * 7 + j) % 500, j + 1);
            }
            entries.add(new IndexedDocument(String.format("d%03d", i), "t" + i, i, List.of(new LayerSummary(
                    LayerOwner.annotator("a" + i % 90), LayerState.values()[i % LayerState.values().length], i,
                    counts)), List.of()));
        }
        assertEquals(entries, roundTrip(entries));
    }

    @Test
    void aMalformedLayerValueIsReportedAsACorruptIndex() {
        IndexedDocument entry = new IndexedDocument("d1", "", 0, List.of(), List.of());
        CorruptIndexException e = assertThrows(CorruptIndexException.class,
                () -> roundTrip(List.of(entry), "gold" + IndexFields.SEP + "DONE" + IndexFields.SEP + "x1"));
        assertTrue(e.getMessage().contains("'d1'"), e.getMessage());
        assertThrows(CorruptIndexException.class, () -> roundTrip(List.of(entry), "gold"));
        assertThrows(CorruptIndexException.class, () -> roundTrip(List.of(entry), "gold" + IndexFields.SEP + "DONE"
                + IndexFields.SEP + "1" + IndexFields.SEP + "B" + IndexFields.SEP + "1" + IndexFields.SEP + "A"
                + IndexFields.SEP + "1")); // labels out of order
    }
}
