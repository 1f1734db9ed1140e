package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.preferences.AurumPreferences;

/**
 * The Corpus view's columns at the view's default width: the columns shown fit without scrolling and none is
 * narrower than its heading; the Gold column shows once curation has started, tells how far it has got and
 * sorts by it; a column shown from the column menu squeezes in beside them and the choice is kept in the
 * workspace until Default Columns.
 */
class NavigatorColumnsTest {

    @Test
    void theShownColumnsFitTheDefaultWidthAndGoldTellsHowFarCurationHasGot() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        // the start-up corpus opens in a job: once it is shown, it will not replace the corpus of this test
        waitUntil("the start-up corpus is shown", () -> navigator.store() != null && !navigator.isSearching(), 60_000);
        CorpusStore original = navigator.store();
        // the sample: no curation, no assignments
        assertEquals(List.of("Title", "State", "Labels"), navigator.columns().shown());
        assertFit(navigator.viewer().getTable(), 3);
        WindowScreenshot.save(Display.getCurrent(),
                Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "navigator-columns-sample.png"));
        try {
            CorpusStore store = ThreeAnnotatorsStore.create();
            Layer gold = store.loadLayer(ThreeAnnotatorsStore.DOC0, LayerOwner.GOLD);
            String text = store.document(ThreeAnnotatorsStore.DOC0).orElseThrow().text();
            gold.add(ThreeAnnotatorsStore.span(text.indexOf("US"), 2, "GPE"));
            gold.setState(LayerState.CURATED);
            store.saveLayer(gold, 0);
            navigator.showCorpus(store);
            waitUntil("the corpus is listed", () -> navigator.store() == store && !navigator.isSearching()
                    && navigator.documents().size() == 5, 30_000);
            settle(200);

            assertEquals(List.of("Title", "State", "Gold", "Labels"), navigator.columns().shown());
            assertFit(navigator.viewer().getTable(), 4);
            for (int row = 0; row < 5; row++) {
                String id = navigator.visibleDocuments().get(row).id();
                assertEquals(id.equals(ThreeAnnotatorsStore.DOC0) ? "curated" : "", cell(navigator, row, "Gold"),
                        "the gold layer of " + id + " (only the first document has one)");
            }
            WindowScreenshot.save(Display.getCurrent(),
                    Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "navigator-columns.png"));

            // a click on Gold's header sorts by the gold layer's state: the curated document last
            column(navigator.viewer().getTable(), "Gold").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            waitUntil("sorted by gold", () -> !navigator.isSearching()
                    && navigator.visibleDocuments().get(4).id().equals(ThreeAnnotatorsStore.DOC0), 30_000);

            navigator.columns().setShown("Document", true);
            settle(200);
            assertEquals(List.of("Title", "State", "Gold", "Labels", "Document"), navigator.columns().shown());
            assertFit(navigator.viewer().getTable(), 5);
            assertEquals("Title,State,Gold,Labels,Document",
                    InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).get("navigatorColumns", ""));
            // once chosen, the corpus no longer decides: the sample keeps Gold
            navigator.showCorpus(original);
            waitUntil("the sample is listed", () -> navigator.store() == original && !navigator.isSearching(), 30_000);
            assertEquals(List.of("Title", "State", "Gold", "Labels", "Document"), navigator.columns().shown());
            navigator.columns().useDefaults();
            assertEquals(List.of("Title", "State", "Labels"), navigator.columns().shown());
        } finally {
            navigator.columns().useDefaults();
            // by id, ascending, whatever the order was
            navigator.sortBy(aurum.corpus.index.DocumentOrder.Key.TITLE);
            navigator.sortBy(aurum.corpus.index.DocumentOrder.Key.ID);
            if (original != null) {
                navigator.showCorpus(original);
                waitUntil("the start-up corpus is back", () -> navigator.store() == original && !navigator.isSearching(),
                        30_000);
            }
        }
    }

    /** The {@code shown} columns with a width sum within the table's, each as wide as its heading; the others 0. */
    private static void assertFit(Table table, int shown) {
        int total = 0;
        List<String> visible = new ArrayList<>();
        GC gc = new GC(table);
        try {
            for (TableColumn column : table.getColumns()) {
                total += column.getWidth();
                if (column.getWidth() > 0) {
                    visible.add(column.getText());
                    assertTrue(column.getWidth() >= gc.textExtent(column.getText()).x,
                            column.getText() + " is " + column.getWidth() + " px wide, narrower than its heading");
                }
            }
        } finally {
            gc.dispose();
        }
        assertEquals(shown, visible.size(), "columns with a width: " + visible);
        int width = table.getClientArea().width;
        assertTrue(total <= width, "the columns " + visible + " take " + total + " px of the table's " + width);
    }

    private static TableColumn column(Table table, String heading) {
        for (TableColumn column : table.getColumns()) {
            if (column.getText().equals(heading)) {
                return column;
            }
        }
        throw new AssertionError("no column " + heading);
    }

    private static String cell(CorpusNavigatorView navigator, int row, String heading) {
        Table table = navigator.viewer().getTable();
        return table.getItem(row).getText(List.of(table.getColumns()).indexOf(column(table, heading)));
    }
}
