package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.corpus.store.CorpusStore;
import aurum.editor.corpus.OpenDocuments;
import aurum.editor.corpus.RecentCorpora;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * Picking up where one left off: File > Recent Corpora lists the corpora opened lately and opens one,
 * and the annotation editors open at the end of a session are reopened (the active one on top).
 */
class ContinuityTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void recentCorporaListsWhatWasOpenedAndOpensItAgain() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        waitUntil("the start-up corpus is shown", () -> navigator.store() != null, 30_000);
        CorpusStore original = navigator.store();
        CorpusStore other = SampleStore.create();
        navigator.showCorpus(other);
        waitUntil("listed", () -> !navigator.isSearching() && navigator.documents().size() == 5, 30_000);
        assertEquals(List.of(other.directory(), original.directory()), RecentCorpora.list().subList(0, 2));

        MenuItem recent = fileMenuItem("Recent Corpora");
        assertNotNull(recent, "File > Recent Corpora");
        Menu submenu = recent.getMenu();
        submenu.notifyListeners(SWT.Show, new Event());
        settle(200);
        List<String> items = new ArrayList<>();
        for (MenuItem item : submenu.getItems()) {
            items.add(item.getText());
        }
        String name = original.directory().getFileName().toString();
        assertTrue(items.get(0).startsWith("&1 " + other.directory().getFileName()), items.toString());
        assertTrue(items.get(1).startsWith("&2 " + name), items.toString());
        submenu.getItems()[1].notifyListeners(SWT.Selection, new Event());
        submenu.notifyListeners(SWT.Hide, new Event());
        waitUntil("the navigator shows the first corpus again",
                () -> navigator.store() != null && navigator.store().directory().equals(original.directory())
                        && !navigator.isSearching(), 30_000);
        assertEquals(original.directory(), RecentCorpora.list().get(0));
    }

    @Test
    void theOpenEditorsAreRememberedAndReopenedWithTheActiveOneOnTop() throws Exception {
        CorpusStore store = SampleStore.create();
        String first = "000_a32fd7d8af559016";
        String second = "003_261ee4acecaa973c";
        open(store.directory(), second);
        open(store.directory(), first);
        page().activate(page().findEditor(new CorpusDocumentInput(store.directory(), second, second)));
        settle(200);
        OpenDocuments.remember(page());
        page().closeAllEditors(false);
        settle(200);
        assertEquals(0, page().getEditorReferences().length);

        OpenDocuments.reopen(page(), store.directory());
        waitUntil("both documents are open again", () -> page().getEditorReferences().length == 2, 30_000);
        List<String> ids = new ArrayList<>();
        for (IEditorReference reference : page().getEditorReferences()) {
            ids.add(((CorpusDocumentInput) reference.getEditorInput()).documentId());
        }
        assertTrue(ids.containsAll(List.of(first, second)), ids.toString());
        assertEquals(second, ((CorpusDocumentInput) page().getActiveEditor().getEditorInput()).documentId(),
                "the editor that was active is on top");
        assertTrue(OpenDocuments.of(store.directory().resolve("elsewhere")).isEmpty(), "only this corpus's documents");
    }

    private static MenuItem fileMenuItem(String text) {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        for (MenuItem top : bar.getItems()) {
            if (top.getText().replace("&", "").equals("File")) {
                top.getMenu().notifyListeners(SWT.Show, new Event());
                settle(200);
                for (MenuItem item : top.getMenu().getItems()) {
                    if (item.getText().replace("&", "").startsWith(text)) {
                        return item;
                    }
                }
            }
        }
        return null;
    }
}
