package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.press;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.app.tests.AnnotatorPreference;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;

/**
 * Marking documents done and reopening them from the editor (Ctrl+Enter, Ctrl+Z, Ctrl+Shift+Enter) and
 * from the Corpus view's selection; switching the annotator re-opens open editors under the new name.
 */
class DocumentLifecycleUiTest {

    private String previousAnnotator;
    private CorpusNavigatorView navigator;
    private CorpusStore original;
    private CorpusStore store;
    private List<String> ids;

    @BeforeEach
    void corpus() throws Exception {
        previousAnnotator = AnnotatorPreference.current();
        AnnotatorIdentity.set(SampleStore.ANNOTATOR);
        navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        // the first test may run while the startup corpus is still being opened: let that finish first
        waitUntil("the startup corpus is open", () -> navigator.store() != null, 120_000);
        original = navigator.store();
        store = SampleStore.create();
        ids = store.documentIds();
        navigator.showCorpus(store);
        waitUntil("the navigator lists the corpus", () -> navigator.store() == store && navigator.documents().size() == 5,
                30_000);
    }

    @AfterEach
    void restore() {
        page().closeAllEditors(false);
        AnnotatorPreference.restore(previousAnnotator);
        if (original != null) {
            navigator.showCorpus(original);
            waitUntil("the navigator is back on the startup corpus", () -> navigator.store() == original, 30_000);
        }
    }

    private LayerState stored(String id, String annotator) throws Exception {
        EditorDriver.awaitSaved();
        return CorpusStore.open(store.directory()).loadLayer(id, LayerOwner.annotator(annotator)).state();
    }

    private DocumentRow row(String id) {
        return navigator.documents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ctrlEnterMarksTheDocumentDoneReadOnlyAndCtrlZReopensIt() throws Exception {
        String id = ids.get(0);
        AnnotationEditor editor = open(store.directory(), id);
        assertTrue(editor.headerText().startsWith("annotator tester  ·  new  ·  "), editor.headerText());
        editor.textWidget().setSelection(0, 4);
        editor.editing().tagSelection("GPE");
        assertEquals(LayerState.IN_PROGRESS, stored(id, "tester"));

        press(SWT.CR, '\r', SWT.CTRL);
        waitUntil("the document is done", () -> editor.state().layer().state() == LayerState.DONE, 10_000);
        assertEquals(LayerState.DONE, stored(id, "tester"));
        assertTrue(editor.headerText().contains("done — read-only"), editor.headerText());
        waitUntil("the navigator shows it done", () -> row(id).state() == LayerState.DONE, 10_000);
        assertTrue(row(id).teamText().contains("tester done"), row(id).teamText());
        // the row follows the editor at once; the summary line with the re-listing it starts, in a job
        waitUntil("the summary counts it done", () -> navigator.getContentDescription().contains("1 done"), 10_000);

        editor.textWidget().setSelection(10, 14);
        assertFalse(editor.editing().tagSelection("ORG"), "a done document takes no edits");
        assertEquals(1, editor.state().layer().size());

        press('z', 'z', SWT.CTRL);
        waitUntil("undo reopens it", () -> editor.state().layer().state() == LayerState.IN_PROGRESS, 10_000);
        assertEquals(LayerState.IN_PROGRESS, stored(id, "tester"));
        waitUntil("the navigator follows", () -> row(id).state() == LayerState.IN_PROGRESS, 10_000);
        assertEquals(1, editor.state().layer().size(), "the span tagged before is still there");
    }

    @Test
    void ctrlShiftEnterMarksDoneAndOpensTheNextDocumentToDo() throws Exception {
        new aurum.corpus.lifecycle.DocumentLifecycle(store).finish(LayerOwner.annotator("tester"), List.of(ids.get(1)));
        navigator.refresh();
        waitUntil("the navigator shows the second document done", () -> row(ids.get(1)).state() == LayerState.DONE,
                10_000);
        AnnotationEditor first = open(store.directory(), ids.get(0));
        press(SWT.CR, '\r', SWT.CTRL, SWT.SHIFT);
        waitUntil("the third document is open", () -> page().getActiveEditor() instanceof AnnotationEditor next
                && next.isLoaded() && next.documentInput().documentId().equals(ids.get(2)), 30_000);
        assertEquals(LayerState.DONE, stored(ids.get(0), "tester"));
        assertTrue(first.textWidget() == null || first.textWidget().isDisposed(), "the finished document is closed");
        assertEquals(1, page().getEditorReferences().length);
    }

    @Test
    void theCorpusViewMarksSeveralDocumentsDoneAtOnceAndAnOpenEditorFollows() throws Exception {
        AnnotationEditor editor = open(store.directory(), ids.get(3));
        page().activate(navigator);
        navigator.viewer().setSelection(new StructuredSelection(List.of(row(ids.get(2)), row(ids.get(3)))), true);
        EditorDriver.settle(200);
        navigator.getSite().getService(IHandlerService.class).executeCommand("aurum.editor.markDone", null);
        EditorDriver.settle(3000);
        assertEquals(LayerState.DONE, editor.state().layer().state(), "the open editor marked its document done; status: "
                + navigator.getViewSite().getActionBars().getStatusLineManager());
        waitUntil("both rows are done: " + row(ids.get(2)) + " " + row(ids.get(3)), () -> row(ids.get(2)).state()
                == LayerState.DONE && row(ids.get(3)).state() == LayerState.DONE, 30_000);
        assertEquals(LayerState.DONE, stored(ids.get(2), "tester"));
        assertEquals(LayerState.DONE, stored(ids.get(3), "tester"));
        assertEquals(LayerState.DONE, editor.state().layer().state(), "the open editor made the change itself");
        assertEquals(null, editor.bannerText(), "so it did not have to reload its layer from disk");

        navigator.viewer().setSelection(new StructuredSelection(List.of(row(ids.get(2)))), true);
        navigator.getSite().getService(IHandlerService.class).executeCommand("aurum.editor.reopen", null);
        waitUntil("the row is reopened", () -> row(ids.get(2)).state() == LayerState.IN_PROGRESS, 30_000);
        assertEquals(LayerState.IN_PROGRESS, stored(ids.get(2), "tester"));
    }

    @Test
    void switchingTheAnnotatorReopensOpenEditorsUnderTheNewName() throws Exception {
        AnnotationEditor editor = open(store.directory(), ids.get(4));
        editor.textWidget().setSelection(0, 4);
        editor.editing().tagSelection("GPE");
        EditorDriver.awaitSaved();
        AnnotatorIdentity.set("zoe");
        waitUntil("the editor is re-opened for zoe", () -> page().getActiveEditor() instanceof AnnotationEditor now
                && now.isLoaded() && now.annotator().equals("zoe"), 30_000);
        AnnotationEditor zoes = (AnnotationEditor) page().getActiveEditor();
        assertEquals(ids.get(4), zoes.documentInput().documentId());
        assertTrue(zoes.headerText().contains("annotator zoe"), zoes.headerText());
        assertEquals(0, zoes.state().layer().size(), "zoe's layer, not tester's");
        assertEquals(1, CorpusStore.open(store.directory()).loadLayer(ids.get(4), LayerOwner.annotator("tester")).size(),
                "tester's work was stored before the switch");
        long editors = java.util.Arrays.stream(page().getEditorReferences()).map(IEditorReference::getName).count();
        assertEquals(1, editors);
        waitUntil("the navigator shows zoe's states", () -> navigator.getContentDescription().contains("zoe's layers"),
                30_000);
    }
}
