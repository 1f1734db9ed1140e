package aurum.app.tests.journeys;

import static aurum.app.tests.journeys.Journey.press;
import static aurum.app.tests.journeys.Journey.screenshot;
import static aurum.app.tests.journeys.Journey.typeText;
import static aurum.app.tests.journeys.Journey.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.AnnotatorAtStartup;
import aurum.app.internal.workbench.StartupOptions;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.identity.AnnotatorDialog;
import aurum.editor.identity.AnnotatorIdentity;
import aurum.editor.navigator.CorpusNavigatorView;

/**
 * The annotator's day on the sample corpus, from the keyboard: the first start asks who is annotating → the
 * first document opens from the Corpus view (Home, Enter) → three spans are tagged (Ctrl+Shift+Right, hotkey)
 * → Suggest Spans (Ctrl+Alt+S) → two suggestions accepted (Ctrl+. then Enter), one rejected (Ctrl+. then
 * Backspace) → Ctrl+Z takes the last accept back and the rest of the history, the three tags included, is
 * still there → Ctrl+Shift+Enter marks the document done and opens the next → the Corpus view says 1 done →
 * {@code aurum validate} is clean → {@code aurum export} without {@code --layer} writes the annotator's spans.
 * Screenshots of each step go to target/screenshots/day-*.png.
 */
class AnnotatorsDayTest {

    private static final String NAME = "amy";

    private final Journey journey = new Journey();

    @AfterEach
    void restore() {
        journey.restore();
    }

    @Test
    void theAnnotatorsDay() throws Exception {
        CorpusStore store = journey.sampleCorpusInTheNavigator();
        CorpusNavigatorView navigator = journey.navigator();
        List<String> ids = store.documentIds();

        // 1. a workspace started for the first time asks who is annotating
        journey.forgetTheAnnotator();
        assertEquals(Optional.empty(), AnnotatorIdentity.current());
        Journey.whenShellOpens(AnnotatorDialog.TITLE, dialog -> {
            screenshot("day-01-who-is-annotating.png");
            typeText(NAME);
            press(SWT.CR, '\r');
        });
        AnnotatorAtStartup.settle(PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
                new StartupOptions(store.directory(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(NAME), AnnotatorIdentity.current(), "the name typed in the dialog is remembered");
        waitUntil("the Corpus view shows " + NAME + "'s layers",
                () -> navigator.getContentDescription().contains(NAME + "'s layers"), 30_000);

        // 2. open the first document from the Corpus view
        AnnotationEditor editor = journey.openFirstDocumentFromTheCorpusView(navigator);
        String id = editor.documentInput().documentId();
        assertEquals(ids.get(0), id);
        assertTrue(editor.headerText().startsWith("annotator " + NAME), editor.headerText());
        screenshot("day-02-opened.png");

        // 3. tag three places
        String text = editor.textWidget().getText();
        char gpe = editor.state().labels().label("GPE").orElseThrow().hotkey();
        journey.tag(editor, text.indexOf("Japan"), 1, gpe);
        journey.tag(editor, text.indexOf("Washington"), 1, gpe);
        journey.tag(editor, text.indexOf("Tokyo"), 1, gpe);
        assertEquals(3, editor.state().layer().size());
        screenshot("day-03-tagged.png");

        // 4. Suggest Spans in the open document
        press('s', 's', SWT.CTRL, SWT.ALT);
        waitUntil("the recognizers' suggestions are in the editor", () -> suggested(editor.state().layer()).size() >= 3,
                60_000);
        journey.awaitSaved();
        Journey.settle(1_500); // two polls of the layer watcher: a reload would show now
        assertEquals(null, editor.bannerText(), "the editor took its own suggestions without a reload");
        screenshot("day-04-suggested.png");

        // 5. accept two, reject one, from the keyboard
        editor.textWidget().setSelection(0);
        Span first = nextSuggestion(editor);
        press(SWT.CR, '\r');
        Span rejected = nextSuggestion(editor);
        press(SWT.BS, '\b');
        Span second = nextSuggestion(editor);
        press(SWT.CR, '\r');
        waitUntil("two accepted and one rejected", () -> status(editor, first) == SpanStatus.ACCEPTED
                && status(editor, rejected) == SpanStatus.REJECTED && status(editor, second) == SpanStatus.ACCEPTED,
                10_000);
        screenshot("day-05-accepted-and-rejected.png");

        // 6. undo the last accept: the history before it is intact, the three tags included
        int historyBefore = undoLabels(editor).size();
        press('z', 'z', SWT.CTRL);
        waitUntil("undo takes the last accept back", () -> status(editor, second) == SpanStatus.SUGGESTED, 10_000);
        assertEquals(SpanStatus.ACCEPTED, status(editor, first));
        assertEquals(SpanStatus.REJECTED, status(editor, rejected));
        List<String> history = undoLabels(editor);
        assertEquals(historyBefore - 1, history.size(), history.toString());
        assertEquals(3, history.stream().filter(label -> label.startsWith("Tag ")).count(),
                "the three tags are still undoable after Suggest: " + history);
        journey.awaitSaved();
        Layer stored = CorpusStore.open(store.directory()).loadLayer(id, LayerOwner.annotator(NAME));
        assertEquals(SpanStatus.SUGGESTED, stored.find(second.id()).orElseThrow().status(), "the undo is stored");
        screenshot("day-06-undone.png");

        // 7. mark done and go on with the next document
        press(SWT.CR, '\r', SWT.CTRL, SWT.SHIFT);
        waitUntil("the next document opens", () -> journey.page().getActiveEditor() instanceof AnnotationEditor next
                && next.isLoaded() && !next.documentInput().documentId().equals(id), 30_000);
        AnnotationEditor next = (AnnotationEditor) journey.page().getActiveEditor();
        assertNotEquals(id, next.documentInput().documentId());
        assertEquals(LayerState.DONE, CorpusStore.open(store.directory()).loadLayer(id, LayerOwner.annotator(NAME))
                .state());
        screenshot("day-07-next-document.png");

        // 8. the Corpus view counts it
        waitUntil("the Corpus view shows 1 done", () -> navigator.getContentDescription().contains(", 1 done"), 30_000);
        journey.page().activate(navigator);
        screenshot("day-08-corpus-view-1-done.png");

        // 9. validate is clean, and export without --layer takes the annotator's layer and writes its spans
        Cli.Result validate = Cli.run("validate", "--corpus", store.directory().toString());
        assertEquals(0, validate.code(), validate.toString());
        Path out = Files.createTempDirectory("aurum-day").resolve("export");
        Cli.Result export = Cli.run("export", "--corpus", store.directory().toString(), "--format", "jsonl", "--out",
                out.toString());
        assertEquals(0, export.code(), export.toString());
        assertTrue(export.err().contains("annotator:" + NAME), "the export says which layer it took: " + export);
        long decided = CorpusStore.open(store.directory()).loadLayer(id, LayerOwner.annotator(NAME)).spans().stream()
                .filter(s -> s.status() == SpanStatus.MANUAL || s.status() == SpanStatus.ACCEPTED).count();
        assertEquals(4, decided, "three tags and one accepted suggestion");
        assertEquals(decided, exportedSpans(export.out()), export.toString());
        String exported = Files.readString(out.resolve("all.jsonl"));
        assertTrue(exported.contains("\"GPE\""), exported.substring(0, Math.min(500, exported.length())));
    }

    /** Ctrl+. selects the next suggestion after the caret; returns it. */
    private static Span nextSuggestion(AnnotationEditor editor) {
        press('.', '.', SWT.CTRL);
        List<Span> selected = editor.state().selectedSpans();
        assertTrue(!selected.isEmpty(), "Ctrl+. selected a suggestion");
        Span span = selected.get(selected.size() - 1);
        assertEquals(SpanStatus.SUGGESTED, span.status(), span.toString());
        return span;
    }

    private static SpanStatus status(AnnotationEditor editor, Span span) {
        return editor.state().layer().find(span.id()).map(Span::status).orElse(null);
    }

    private static List<Span> suggested(Layer layer) {
        return layer.spans().stream().filter(s -> s.status() == SpanStatus.SUGGESTED).toList();
    }

    /** The labels of Edit › Undo's operations of the editor, oldest first. */
    private static List<String> undoLabels(AnnotationEditor editor) {
        IUndoableOperation[] history = OperationHistoryFactory.getOperationHistory()
                .getUndoHistory(editor.state().undoContext());
        return Arrays.stream(history).map(IUndoableOperation::getLabel).toList();
    }

    /** The spans of the export's summary lines (one per split: {@code all … N spans …}). */
    private static long exportedSpans(String summary) {
        Matcher m = Pattern.compile("(?m)^\\S+\\s+\\d+ documents\\s+\\d+ sentences\\s+\\d+ tokens\\s+(\\d+) spans")
                .matcher(summary);
        long spans = 0;
        while (m.find()) {
            spans += Long.parseLong(m.group(1));
        }
        return spans;
    }
}
