package aurum.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentOrder.Key;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings sorted and filtered by the index, read a page at a time: what the navigator shows 100k documents with. */
class DocumentListingTest {

    private static final LayerOwner ALICE = LayerOwner.annotator("alice");

    @TempDir
    Path dir;

    private CorpusStore store;

    @BeforeEach
    void create() throws IOException {
        store = IndexFixture.create(dir.resolve("c"));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    private List<String> list(DocumentQuery query, DocumentOrder order) throws CorpusStoreException {
        try (DocumentListing listing = store.index().list(query, order)) {
            return IndexFixture.ids(listing.rows(0, listing.size()));
        }
    }

    @Test
    void sortsByIdTitleAndLengthBothWays() throws IOException {
        assertEquals(List.of("d1", "d2", "d3", "d4"), list(DocumentQuery.ALL, DocumentOrder.BY_ID));
        assertEquals(List.of("d4", "d3", "d2", "d1"), list(DocumentQuery.ALL, DocumentOrder.BY_ID.reversed()));
        // titles ignore case; d3 has none and sorts by its id
        assertEquals(List.of("d3", "d1", "d4", "d2"), list(DocumentQuery.ALL, DocumentOrder.by(Key.TITLE)));
        assertEquals(List.of("d2", "d4", "d1", "d3"), list(DocumentQuery.ALL, DocumentOrder.by(Key.TITLE).reversed()));
        List<String> byLength = store.index().find(DocumentQuery.ALL).stream()
                .sorted(Comparator.comparingInt(IndexedDocument::length)).map(IndexedDocument::id).toList();
        assertEquals(byLength, list(DocumentQuery.ALL, DocumentOrder.by(Key.LENGTH)));
    }

    @Test
    void sortsByOneOwnersStateAndSpansCountingNoLayerAsNewAndEmpty() throws IOException {
        // alice: d1 DONE with 3 spans, d2 IN_PROGRESS with 1, no layer on d3 and d4; ties by id
        assertEquals(List.of("d3", "d4", "d2", "d1"), list(DocumentQuery.ALL, DocumentOrder.by(Key.STATE, ALICE)));
        assertEquals(List.of("d1", "d2", "d3", "d4"),
                list(DocumentQuery.ALL, DocumentOrder.by(Key.STATE, ALICE).reversed()));
        assertEquals(List.of("d3", "d4", "d2", "d1"), list(DocumentQuery.ALL, DocumentOrder.by(Key.SPANS, ALICE)));
        assertEquals(List.of("d3", "d1", "d2", "d4"),
                list(DocumentQuery.ALL, DocumentOrder.by(Key.STATE, LayerOwner.GOLD).reversed()));
        assertThrows(IllegalArgumentException.class, () -> DocumentOrder.by(Key.STATE));
    }

    @Test
    void aFilterBoxMatchFindsIdsAndTitlesIgnoringCaseAndWordsOfTheText() throws IOException {
        assertEquals(List.of("d2"), list(DocumentQuery.ALL.withMatch("ECON"), DocumentOrder.BY_ID), "inside a title");
        assertEquals(List.of("d3"), list(DocumentQuery.ALL.withMatch("D3"), DocumentOrder.BY_ID), "an id");
        assertEquals(List.of("d1"), list(DocumentQuery.ALL.withMatch("tomahawk"), DocumentOrder.BY_ID), "a word");
        assertEquals(List.of("d2"), list(DocumentQuery.ALL.withMatch("\u6771\u4EAC"), DocumentOrder.BY_ID));
        assertEquals(List.of(), list(DocumentQuery.ALL.withMatch("*"), DocumentOrder.BY_ID), "no wildcards");
        assertEquals(List.of(), list(DocumentQuery.ALL.withMatch("d?"), DocumentOrder.BY_ID), "no wildcards");
        assertEquals(List.of("d1", "d2", "d3", "d4"), list(DocumentQuery.ALL.withMatch("d"), DocumentOrder.BY_ID));
        assertEquals(List.of("d2"), list(DocumentQuery.ALL.withOwner(ALICE).withState(LayerState.IN_PROGRESS)
                .withMatch("d"), DocumentOrder.BY_ID), "combined with other filters");
    }

    @Test
    void anIdSetKeepsOnlyThoseDocuments() throws IOException {
        assertEquals(List.of("d4", "d2"),
                list(DocumentQuery.ALL.withIds(Set.of("d2", "d4", "nope")), DocumentOrder.BY_ID.reversed()));
        assertEquals(List.of(), list(DocumentQuery.ALL.withIds(Set.of()), DocumentOrder.BY_ID));
        assertEquals(2, store.index().count(DocumentQuery.ALL.withIds(Set.of("d1", "d3"))));
    }

    @Test
    void rowsArePagesInListingOrderAndPositionsAreFoundById() throws IOException {
        try (DocumentListing listing = store.index().list(DocumentQuery.ALL, DocumentOrder.by(Key.TITLE))) {
            assertEquals(4, listing.size());
            assertEquals(List.of("d1", "d4"), IndexFixture.ids(listing.rows(1, 3)));
            assertEquals(List.of(), listing.rows(2, 2));
            assertEquals(3, listing.indexOf("d2"));
            assertEquals(-1, listing.indexOf("nope"));
            IndexedDocument d1 = listing.rows(1, 2).get(0);
            assertEquals("First", d1.title());
            assertEquals(LayerState.DONE, d1.layer(ALICE).orElseThrow().state());
            assertThrows(IndexOutOfBoundsException.class, () -> listing.rows(3, 5));
            assertThrows(IndexOutOfBoundsException.class, () -> listing.rows(-1, 1));
        }
    }

    @Test
    void aListingStaysAsItWasWhileTheGenerationMovesOn() throws IOException {
        CorpusIndex index = store.index();
        long before = index.generation();
        assertEquals(before, index.generation(), "nothing changed");
        try (DocumentListing old = index.list(DocumentQuery.ALL.withOwner(ALICE).withState(LayerState.DONE),
                DocumentOrder.BY_ID)) {
            assertEquals(before, old.generation());
            IndexFixture.save(store, "d2", ALICE, LayerState.DONE, "OFFICIAL", "Austin");
            IndexFixture.add(store, "d5", "A fifth text.", "Fifth");
            long after = index.generation();
            assertTrue(after > before, before + " -> " + after);
            // the index has moved on to newer readers and closed its own reference to the old one
            index.find(DocumentQuery.ALL);
            assertEquals(List.of("d1"), IndexFixture.ids(old.rows(0, old.size())));
            try (DocumentListing now = index.list(DocumentQuery.ALL.withOwner(ALICE).withState(LayerState.DONE),
                    DocumentOrder.BY_ID)) {
                assertEquals(List.of("d1", "d2"), IndexFixture.ids(now.rows(0, now.size())));
                assertEquals(after, now.generation());
            }
        }
    }

    @Test
    void changesByAnotherProcessMoveTheGeneration() throws IOException {
        long before = store.index().generation();
        try (CorpusStore other = CorpusStore.open(store.directory())) {
            IndexFixture.save(other, "d4", LayerOwner.annotator("dave"), LayerState.IN_PROGRESS, "AMOUNT", "budget");
        }
        assertTrue(store.index().generation() > before);
        assertEquals(List.of("d4"), list(DocumentQuery.ALL.withOwner(LayerOwner.annotator("dave")),
                DocumentOrder.BY_ID));
    }

    @Test
    void aClosedListingSaysSo() throws IOException {
        DocumentListing listing = store.index().list(DocumentQuery.ALL, DocumentOrder.BY_ID);
        listing.close();
        listing.close();
        CorpusStoreException e = assertThrows(CorpusStoreException.class, () -> listing.rows(0, 1));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void aThousandDocumentsReadInRandomPagesMatchASortInMemory(@TempDir Path other) throws IOException {
        Random random = new Random(7);
        try (CorpusStore big = CorpusStore.create(other.resolve("big"), CorpusSettings.of("big",
                new LabelSetRef("news", "1.0")))) {
            List<String[]> expected = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String id = String.format(Locale.ROOT, "doc-%04d", random.nextInt(10_000)) + "-" + i;
                String title = random.nextInt(5) == 0 ? "" : randomTitle(random);
                big.addDocument(Document.imported(id, "Text number " + i + " about " + title + ".",
                        DocumentMetadata.NONE.withTitle(title)));
                expected.add(new String[] {id, (title.isEmpty() ? id : title).toLowerCase(Locale.ROOT)});
            }
            expected.sort(Comparator.<String[], String>comparing(e -> e[1]).thenComparing(e -> e[0]));
            List<String> sorted = expected.stream().map(e -> e[0]).toList();
            try (DocumentListing listing = big.index().list(DocumentQuery.ALL, DocumentOrder.by(Key.TITLE))) {
                String[] read = new String[listing.size()];
                for (int page = 0; page < 40; page++) {
                    int from = random.nextInt(listing.size());
                    int to = Math.min(listing.size(), from + random.nextInt(200));
                    List<IndexedDocument> rows = listing.rows(from, to);
                    for (int i = 0; i < rows.size(); i++) {
                        read[from + i] = rows.get(i).id();
                    }
                }
                for (int i = 0; i < read.length; i++) {
                    if (read[i] != null) {
                        assertEquals(sorted.get(i), read[i], "position " + i);
                    }
                }
                assertEquals(sorted, IndexFixture.ids(listing.rows(0, listing.size())));
            }
        }
    }

    private static String randomTitle(Random random) {
        String[] words = {"Tokyo", "budget", "Ölfeld", "hypersonic", "Alliance", "émigré", "zeal", "Austin", "ABC"};
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 1 + random.nextInt(4); w++) {
            title.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
        }
        return title.toString();
    }
}
