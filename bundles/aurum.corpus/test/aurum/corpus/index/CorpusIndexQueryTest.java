package aurum.corpus.index;

import static aurum.corpus.index.IndexFixture.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexQueryTest {

    @TempDir
    Path dir;
    private CorpusStore store;
    private CorpusIndex index;

    @BeforeEach
    void createCorpus() throws IOException {
        store = IndexFixture.create(dir.resolve("c"));
        index = store.index();
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private List<String> find(DocumentQuery query) throws IOException {
        return ids(index.find(query));
    }

    @Test
    void listsEveryDocumentSortedByIdWithTitleLengthAndLayers() throws IOException {
        List<IndexedDocument> all = index.find(DocumentQuery.ALL);
        assertEquals(List.of("d1", "d2", "d3", "d4"), ids(all));
        IndexedDocument d2 = all.get(1);
        assertEquals("Second", d2.title());
        assertEquals(IndexFixture.D2.length(), d2.length());
        LayerSummary bob = d2.layer(LayerOwner.annotator("bob")).orElseThrow();
        assertEquals(LayerState.DONE, bob.state());
        assertEquals(1, bob.revision());
        assertEquals(Map.of("WEAPON", 1), bob.spansPerLabel());
        assertEquals(Map.of("AMOUNT", 1, "OFFICIAL", 1, "WEAPON", 1),
                all.get(0).layer(LayerOwner.annotator("alice")).orElseThrow().spansPerLabel());
        assertEquals("", all.get(2).title());
        assertTrue(all.get(3).layers().isEmpty());
        assertEquals(4, index.count(DocumentQuery.ALL));
    }

    @Test
    void filtersByStateOfAnyLayer() throws IOException {
        assertEquals(List.of("d1", "d2"), find(DocumentQuery.ALL.withState(LayerState.DONE)));
        assertEquals(List.of("d2"), find(DocumentQuery.ALL.withState(LayerState.IN_PROGRESS)));
        assertEquals(List.of("d3"), find(DocumentQuery.ALL.withState(LayerState.CURATED)));
        assertEquals(List.of("d4"), find(DocumentQuery.ALL.withState(LayerState.NEW)), "no layer counts as new");
    }

    @Test
    void filtersByAnnotatorAndTheirState() throws IOException {
        DocumentQuery alice = DocumentQuery.ALL.withOwner(LayerOwner.annotator("alice"));
        assertEquals(List.of("d1", "d2"), find(alice));
        assertEquals(List.of("d2"), find(DocumentQuery.ALL.withOwner(LayerOwner.annotator("bob"))));
        assertEquals(List.of("d3"), find(DocumentQuery.ALL.withOwner(LayerOwner.GOLD)));
        assertEquals(List.of("d1"), find(alice.withState(LayerState.DONE)));
        assertEquals(List.of("d3", "d4"), find(alice.withState(LayerState.NEW)), "alice has not started d3, d4");
        assertEquals(List.of(), find(DocumentQuery.ALL.withOwner(LayerOwner.annotator("carol"))));
    }

    @Test
    void filtersByLabelInAnyLayerOrOneOwnersLayer() throws IOException {
        assertEquals(List.of("d1", "d2"), find(DocumentQuery.ALL.withLabel("WEAPON")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withLabel("AMOUNT")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withLabel("WEAPON")
                .withOwner(LayerOwner.annotator("alice"))));
        assertEquals(List.of(), find(DocumentQuery.ALL.withLabel("weapon")), "label ids are exact");
    }

    @Test
    void textSearchIgnoresCaseAndFindsEveryWord() throws IOException {
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("tomahawk")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("BLINKEN deal")));
        assertEquals(List.of(), find(DocumentQuery.ALL.withText("Blinken Austin")), "all words must occur");
        assertEquals(List.of("d1", "d2", "d3", "d4"), find(DocumentQuery.ALL.withText("the")), "no stop words");
    }

    @Test
    void textSearchTreatsCurlyAndStraightQuotesAlike() throws IOException {
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("didn't")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("didn\u2019t")));
        assertEquals(List.of("d3"), find(DocumentQuery.ALL.withText("owner\u2019s")));
        assertEquals(List.of("d3"), find(DocumentQuery.ALL.withText("owner")), "a possessive does not hide the word");
        assertEquals(List.of("d2"), find(DocumentQuery.ALL.withText("no")), "a word inside curly quotes");
    }

    @Test
    void textSearchFindsNonAsciiWordsAndPhrases() throws IOException {
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("z\u00FCrich")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("ZU\u0308RICH")), "decomposed form matches");
        assertEquals(List.of("d2"), find(DocumentQuery.ALL.withText("\u6771\u4EAC")));
        assertEquals(List.of("d3"), find(DocumentQuery.ALL.withText("caf\u00E9")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("\"2 billion deal\"")));
        assertEquals(List.of("d1"), find(DocumentQuery.ALL.withText("\u201C2 billion deal\u201D")));
        assertEquals(List.of(), find(DocumentQuery.ALL.withText("\"deal billion\"")), "phrase keeps word order");
        assertEquals(List.of("d4"), find(DocumentQuery.ALL.withText("the budget")), "no-break space separates");
    }

    @Test
    void filtersCombine() throws IOException {
        assertEquals(List.of("d2"), find(DocumentQuery.ALL.withLabel("WEAPON").withText("austin")));
        assertEquals(List.of(), find(DocumentQuery.ALL.withOwner(LayerOwner.annotator("bob"))
                .withState(LayerState.DONE).withText("zurich")));
        assertEquals(1, index.count(DocumentQuery.ALL.withState(LayerState.CURATED).withText("defence")));
    }
}
