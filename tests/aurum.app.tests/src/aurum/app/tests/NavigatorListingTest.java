package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.preferences.AurumPreferences;

/**
 * The navigator on a generated corpus of a few thousand documents: a virtual table that reads only the
 * rows in view, sorting and filtering done by the index, the summary line from the index's counts, and
 * a layer saved by another process showing without a refresh. (The 100k figures come from
 * bench/navigator-startup.sh, not from a test.)
 */
class NavigatorListingTest {

    private static final int DOCUMENTS = 1500;
    private static final String[] WORDS = {"Tokyo", "budget", "Ölfeld", "hypersonic", "alliance", "Émigré", "zeal",
        "Austin", "ABC", "missile"};

    @Test
    void aLargeCorpusIsListedLazilySortedAndFilteredByTheIndexAndFollowsOtherProcesses(@TempDir Path dir)
            throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) Ui.page().findView(CorpusNavigatorView.ID);
        assertNotNull(navigator);
        // the first test of the run may start while the workbench is still opening its start-up corpus, which would
        // then replace the corpus shown here
        assertTrue(Ui.waitUntil(() -> navigator.store() != null && !navigator.isSearching(), 120_000),
                "the start-up corpus is listed");
        CorpusStore original = navigator.store();
        String annotator = AnnotatorPreference.current();
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, "listing-test");
        List<String[]> titles = new ArrayList<>();
        CorpusStore store = generate(dir.resolve("generated"), titles);
        try {
            navigator.showCorpus(store);
            listed(navigator);
            assertEquals(DOCUMENTS, navigator.documents().size());
            Table table = navigator.viewer().getTable();
            assertTrue((table.getStyle() & SWT.VIRTUAL) != 0, "a virtual table");
            assertEquals(DOCUMENTS, table.getItemCount());
            int materialised = 0;
            for (int i = 0; i < table.getItemCount(); i++) {
                materialised += table.getItem(i).getData() != null ? 1 : 0;
            }
            assertTrue(materialised < 200, "only the rows in view are read: " + materialised);
            assertTrue(navigator.getContentDescription().startsWith("generated: " + DOCUMENTS + " documents, 0 done"),
                    navigator.getContentDescription());

            // sorted by the index: title ignoring case, ties by id; a second click reverses
            titles.sort(Comparator.<String[], String>comparing(t -> t[1].toLowerCase(Locale.ROOT))
                    .thenComparing(t -> t[0]));
            navigator.sortBy(DocumentOrder.Key.TITLE);
            listed(navigator);
            assertEquals(ids(titles.subList(0, 20)), ids(navigator.visibleDocuments(), 0, 20));
            assertEquals(SWT.UP, table.getSortDirection());
            navigator.sortBy(DocumentOrder.Key.TITLE);
            listed(navigator);
            assertEquals(titles.get(titles.size() - 1)[0], navigator.visibleDocuments().get(0).id());
            assertEquals(SWT.DOWN, table.getSortDirection());
            assertEquals("Title", table.getSortColumn().getText());
            navigator.sortBy(DocumentOrder.Key.ID, false); // back to document order, whatever the order was
            listed(navigator);
            assertEquals(List.of("doc-00000", "doc-00001"), ids(navigator.visibleDocuments(), 0, 2));
            assertEquals(SWT.UP, table.getSortDirection());
            assertEquals("Document", table.getSortColumn().getText());

            // filtered by the index: a piece of an id, the summary says how many are shown
            navigator.setFilter("doc-0042");
            listed(navigator);
            List<String> expected = new ArrayList<>();
            for (int i = 420; i < 430; i++) {
                expected.add("doc-00" + i);
            }
            assertEquals(expected, ids(navigator.visibleDocuments(), 0, 100).stream().sorted().toList());
            assertEquals(table.getItemCount(), navigator.visibleDocuments().size());
            assertTrue(navigator.getContentDescription().contains(", 10 shown"), navigator.getContentDescription());
            navigator.setFilter("");
            listed(navigator);
            assertEquals(DOCUMENTS, table.getItemCount());

            // another process marks a document done: the row and the summary follow within the poll
            String id = "doc-00007";
            assertNotEquals(LayerState.DONE, row(navigator, id).state());
            try (CorpusStore other = CorpusStore.open(store.directory())) {
                Layer layer = other.loadLayer(id, LayerOwner.annotator("listing-test"));
                long revision = layer.revision();
                layer.setState(LayerState.DONE);
                other.saveLayer(layer, revision);
            }
            assertTrue(Ui.waitUntil(() -> row(navigator, id).state() == LayerState.DONE
                    && navigator.getContentDescription().contains(" 1 done"), 15_000),
                    "the other process's change shows: " + navigator.getContentDescription());
        } finally {
            AnnotatorPreference.restore(annotator);
            navigator.setFilter("");
            navigator.sortBy(DocumentOrder.Key.ID, false); // the view's own order: later tests find their rows as listed
            if (original != null) {
                navigator.showCorpus(original);
                Ui.waitUntil(() -> navigator.store() == original && !navigator.isSearching(), 30_000);
            }
            store.close();
        }
    }

    private static void listed(CorpusNavigatorView navigator) {
        assertTrue(Ui.waitUntil(() -> !navigator.isSearching(), 60_000), "listed");
        Ui.settle();
    }

    private static DocumentRow row(CorpusNavigatorView navigator, String id) {
        List<DocumentRow> all = navigator.documents();
        return all.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<String[]> titles) {
        return titles.stream().map(t -> t[0]).toList();
    }

    private static List<String> ids(List<DocumentRow> rows, int from, int to) {
        return rows.subList(from, Math.min(to, rows.size())).stream().map(DocumentRow::id).toList();
    }

    /** {@value #DOCUMENTS} documents doc-00000…, with titles of one to three words (a fifth untitled). */
    private static CorpusStore generate(Path dir, List<String[]> titles) throws Exception {
        Random random = new Random(21);
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("generated",
                new LabelSetRef("news", "1.0")));
        try (DocumentBatch batch = store.batch()) {
            for (int i = 0; i < DOCUMENTS; i++) {
                String id = String.format(Locale.ROOT, "doc-%05d", i);
                StringBuilder title = new StringBuilder();
                if (random.nextInt(5) != 0) {
                    for (int w = 0; w <= random.nextInt(3); w++) {
                        title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                    }
                }
                batch.add(Document.imported(id, "Document " + i + " about " + title + " and the defence budget.",
                        DocumentMetadata.NONE.withTitle(title.toString())));
                titles.add(new String[] {id, title.isEmpty() ? id : title.toString()});
            }
        }
        return store;
    }
}
