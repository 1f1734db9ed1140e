package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.command;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.press;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.swt.SWT;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.app.tests.AnnotatorPreference;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.problems.ProblemsView;

/**
 * Suggest Spans from an open editor is an edit of the editor, not a change from outside: tag a span, run
 * Suggest, accept a suggestion, then undo, and every step is still in Edit › Undo; accepting every
 * suggestion is one more step. Only a save by another process reloads the layer. Screenshots of each step
 * go to {@code target/screenshots/suggest-undo-*.png}.
 */
class SuggestUndoTest {

    private static final String ANNOTATOR = "sue";
    private static final LayerOwner SUE = LayerOwner.annotator(ANNOTATOR);
    private static final String DOC = "000_a32fd7d8af559016";

    private CorpusNavigatorView navigator;
    private CorpusStore original;
    private String annotatorBefore;
    private CorpusStore store;

    @BeforeEach
    void showTheSamplesAsSue() throws Exception {
        navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        waitUntil("the start-up corpus is open", () -> navigator.store() != null && !navigator.documents().isEmpty(),
                60_000);
        original = navigator.store();
        annotatorBefore = AnnotatorPreference.current();
        AnnotatorPreference.restore(ANNOTATOR);
        store = SampleStore.create();
        navigator.showCorpus(store);
        waitUntil("the sample corpus is listed", () -> navigator.store() == store && navigator.documents().size() == 5,
                30_000);
    }

    @AfterEach
    void putTheWorkbenchBack() {
        page().closeAllEditors(false);
        AnnotatorPreference.restore(annotatorBefore);
        if (original != null) {
            navigator.showCorpus(original);
            waitUntil("the navigator is back on the start-up corpus", () -> navigator.store() == original, 30_000);
        }
    }

    @Test
    void tagSuggestAcceptUndoKeepsTheWholeHistoryAndStoresEachStep() throws Exception {
        AnnotationEditor editor = EditorDriver.open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        int blinken = text.indexOf("Antony Blinken");
        editor.textWidget().setSelection(blinken, blinken + "Antony Blinken".length());
        type('o');
        waitUntil("tagged", () -> editor.state().layer().size() == 1, 5_000);
        Span tagged = editor.state().layer().spans().get(0);
        shot("1-tagged");

        command("aurum.editor.suggest");
        waitUntil("the suggestions are in the editor", () -> suggested(editor.state().layer()).size() >= 3, 60_000);
        EditorDriver.awaitSaved();
        settle(1_500); // two polls of the layer watcher: a reload would show now
        assertNull(editor.bannerText(), "the editor took its own suggestions without a reload");
        assertEquals(List.of("Tag OFFICIAL"), undoLabels(editor).subList(0, 1));
        assertTrue(undoLabels(editor).get(1).startsWith("Suggest Spans ("), undoLabels(editor).toString());
        List<Span> afterSuggest = List.copyOf(editor.state().layer().spans());
        int open = suggested(editor.state().layer()).size();
        assertEquals(1, afterSuggest.stream().filter(s -> s.start() == tagged.start() && s.end() == tagged.end())
                .count(), "the recognizers' Antony Blinken is the span already tagged, not a second one");
        assertEquals(afterSuggest, stored().spans(), "the editor's suggestions are stored");
        shot("2-suggested");

        editor.textWidget().setSelection(0);
        press('.', '.', SWT.CTRL);
        Span first = editor.state().selectedSpans().get(editor.state().selectedSpans().size() - 1);
        assertEquals(SpanStatus.SUGGESTED, first.status());
        press(SWT.CR, '\r');
        EditorDriver.awaitSaved();
        assertEquals(SpanStatus.ACCEPTED, stored().find(first.id()).orElseThrow().status(), "Enter accepted it");
        shot("3-accepted");

        command("org.eclipse.ui.edit.undo");
        EditorDriver.awaitSaved();
        assertEquals(SpanStatus.SUGGESTED, stored().find(first.id()).orElseThrow().status(), "undo took it back");
        assertEquals(2, undoLabels(editor).size(), "tag and suggest are still undoable: " + undoLabels(editor));
        assertTrue(stored().contains(tagged.id()));
        shot("4-undone");

        command("aurum.editor.acceptAllSuggestions");
        EditorDriver.awaitSaved();
        assertEquals(List.of(), suggested(stored()), "Accept All Suggestions accepted every label's suggestions");
        command("org.eclipse.ui.edit.undo");
        EditorDriver.awaitSaved();
        assertEquals(open, suggested(stored()).size(), "one undo took the whole accept-all back");

        command("org.eclipse.ui.edit.undo");
        EditorDriver.awaitSaved();
        assertEquals(List.of(tagged), stored().spans(), "undoing Suggest Spans removed the suggestions");
        command("org.eclipse.ui.edit.redo");
        EditorDriver.awaitSaved();
        assertEquals(afterSuggest, stored().spans(), "redo brought the same suggestions back");
        assertNull(editor.bannerText());
        shot("5-redone");
    }

    @Test
    void aSaveByAnotherProcessStillReloadsTheEditor() throws Exception {
        AnnotationEditor editor = EditorDriver.open(store.directory(), DOC);
        command("aurum.editor.suggest");
        waitUntil("the suggestions are in the editor", () -> !suggested(editor.state().layer()).isEmpty(), 60_000);
        EditorDriver.awaitSaved();
        CorpusStore other = CorpusStore.open(store.directory());
        Layer layer = other.loadLayer(DOC, SUE);
        long revision = layer.revision();
        Span theirs = Span.builder().range(0, 5).label("ORG").annotator("cli").buildFor(layer.document().text());
        layer.add(theirs);
        other.saveLayer(layer, revision);
        waitUntil("the editor reloads the layer", () -> editor.state().layer().contains(theirs.id()), 10_000);
        assertTrue(editor.bannerText() != null && editor.bannerText().startsWith("Reloaded"), editor.bannerText());
    }

    @Test
    void suggestInEveryDocumentThenAcceptAllLeavesTheProblemsViewEmpty() throws Exception {
        List<String> ids = store.documents().stream().map(d -> d.id()).toList();
        page().activate(navigator);
        navigator.viewer().setSelection(StructuredSelection.EMPTY);
        settle(100);
        navigator.getSite().getService(IHandlerService.class).executeCommand("aurum.editor.suggest", null);
        waitUntil("every document has suggestions", () -> ids.stream().allMatch(id -> !suggested(stored(id)).isEmpty()),
                90_000);
        ProblemsView problems = (ProblemsView) page().showView(ProblemsView.ID);
        for (String id : ids) {
            AnnotationEditor editor = EditorDriver.open(store.directory(), id);
            command("aurum.editor.acceptAllSuggestions");
            EditorDriver.awaitSaved();
            assertEquals(List.of(), suggested(stored(id)), "every suggestion of " + id + " was accepted");
            waitUntil("the Problems view has checked " + id, () -> problems.document() != null
                    && !problems.isChecking() && problems.document().layer().spans().stream()
                            .noneMatch(s -> s.status() == SpanStatus.SUGGESTED), 20_000);
            settle(300);
            assertTrue(!problems.isChecking());
            assertEquals(List.of(), problems.findings(), "no validation or consistency finding in " + id);
            if (id.equals(DOC)) {
                shot("6-accepted-problems-view");
            }
            page().closeAllEditors(false);
        }
    }

    private Layer stored(String id) {
        try {
            return CorpusStore.open(store.directory()).loadLayer(id, SUE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Layer stored() throws Exception {
        return CorpusStore.open(store.directory()).loadLayer(DOC, SUE);
    }

    private static List<Span> suggested(Layer layer) {
        return layer.spans().stream().filter(s -> s.status() == SpanStatus.SUGGESTED).toList();
    }

    /** The labels of Edit › Undo's operations, oldest first. */
    private static List<String> undoLabels(AnnotationEditor editor) {
        IUndoableOperation[] history = OperationHistoryFactory.getOperationHistory()
                .getUndoHistory(editor.undoContext());
        return Arrays.stream(history).map(IUndoableOperation::getLabel).toList();
    }

    private static void shot(String step) throws Exception {
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "suggest-undo-" + step + ".png");
        WindowScreenshot.save(Display.getCurrent(), shot);
        assertTrue(Files.size(shot) > 10_000, "the screenshot " + shot + " has content");
    }
}
