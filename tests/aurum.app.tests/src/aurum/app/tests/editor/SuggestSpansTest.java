package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.app.tests.AnnotatorPreference;
import aurum.editor.preferences.AurumPreferences;

/**
 * Annotate &gt; Suggest Spans in the workbench: from an open editor it suggests in that document only, into
 * the annotator's own layer, and the editor shows the suggestions without reopening (SuggestUndoTest: as an
 * undoable edit); from the navigator with nothing selected it suggests in every document.
 */
class SuggestSpansTest {

    private static final String ANNOTATOR = "dora";
    private static final LayerOwner DORA = LayerOwner.annotator(ANNOTATOR);

    @Test
    void suggestInTheOpenDocumentThenInTheWholeCorpus() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        // the start-up corpus opens in a job; showing ours before it ends would be undone by it
        waitUntil("the start-up corpus is open", () -> navigator.store() != null && !navigator.documents().isEmpty(),
                60_000);
        CorpusStore original = navigator.store();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        String annotator = preferences.get(AurumPreferences.ANNOTATOR, null);
        try {
            preferences.put(AurumPreferences.ANNOTATOR, ANNOTATOR);
            CorpusStore store = SampleStore.create();
            navigator.showCorpus(store);
            waitUntil("the sample corpus is listed", () -> navigator.store() == store
                    && navigator.documents().size() == 5, 30_000);
            List<String> ids = store.documents().stream().map(d -> d.id()).toList();

            AnnotationEditor editor = EditorDriver.open(store.directory(), ids.get(1));
            assertEquals(0, editor.state().layer().size(), "dora has no spans yet");
            EditorDriver.command("aurum.editor.suggest");
            waitUntil("the editor shows the suggestions",
                    () -> editor.state().layer() != null && editor.state().layer().size() > 0, 30_000);
            EditorDriver.awaitSaved(); // the editor took them as its own edit and stores them itself
            List<Span> stored = suggested(store, ids.get(1));
            assertTrue(stored.size() >= 10, "001 has over ten entities the news recognizers find: " + stored);
            assertEquals(stored.size(), editor.state().layer().spans().stream()
                    .filter(s -> s.status() == SpanStatus.SUGGESTED).count(), "the editor shows what was stored");
            for (String other : List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(4))) {
                assertEquals(0, suggested(store, other).size(), "only the open document: " + other);
            }
            page().closeAllEditors(false);

            page().activate(navigator);
            navigator.viewer().setSelection(StructuredSelection.EMPTY);
            EditorDriver.settle(100);
            navigator.getSite().getService(IHandlerService.class).executeCommand("aurum.editor.suggest", null);
            waitUntil("every document has suggestions", () -> ids.stream().allMatch(id -> !suggested(store, id)
                    .isEmpty()), 60_000);
            assertEquals(stored.size(), suggested(store, ids.get(1)).size(), "running again adds nothing");
        } finally {
            page().closeAllEditors(false);
            AnnotatorPreference.restore(annotator);
            if (original != null) {
                navigator.showCorpus(original);
                waitUntil("the navigator is back on the startup corpus", () -> navigator.store() == original, 30_000);
            }
        }
    }

    private static List<Span> suggested(CorpusStore store, String id) {
        try {
            return store.loadLayer(id, DORA).spans().stream().filter(s -> s.status() == SpanStatus.SUGGESTED).toList();
        } catch (CorpusStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
