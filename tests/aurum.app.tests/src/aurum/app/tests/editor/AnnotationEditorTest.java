package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.command;
import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.press;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;

/** The annotation editor in the real workbench, driven by key events and commands; the store is checked after each step. */
class AnnotationEditorTest {

    private static final String DOC = "000_a32fd7d8af559016";

    private CorpusStore store;

    @BeforeEach
    void setUp() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, SampleStore.ANNOTATOR);
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).putBoolean(AurumPreferences.SNAP_TO_TOKENS, true);
        store = SampleStore.create();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    private Layer stored(String id) throws Exception {
        EditorDriver.awaitSaved();
        return CorpusStore.open(store.directory()).loadLayer(id, SampleStore.OWNER);
    }

    private static Span only(Layer layer) {
        assertEquals(1, layer.size(), "spans in " + layer);
        return layer.spans().get(0);
    }

    @Test
    void hotkeyTagsTheSnappedSelectionAndUndoRedoGoThroughTheStore() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        int start = text.indexOf("Antony Blinken");
        editor.textWidget().setSelection(start, start + 10); // "Antony Bli": snaps to the whole name
        type('o');
        waitUntil("the span is stored", () -> editor.state().layer().size() == 1, 5_000);
        Span tagged = only(stored(DOC));
        assertEquals("OFFICIAL", tagged.labelId());
        assertEquals(start, tagged.start());
        assertEquals(start + "Antony Blinken".length(), tagged.end());
        assertEquals(SpanStatus.MANUAL, tagged.status());
        assertEquals(SampleStore.ANNOTATOR, tagged.annotator());

        command("org.eclipse.ui.edit.undo");
        assertEquals(0, stored(DOC).size(), "Edit > Undo removed the span from the store");
        command("org.eclipse.ui.edit.redo");
        assertEquals(tagged, only(stored(DOC)), "Edit > Redo stored the same span again");
    }

    @Test
    void hotkeyOnASelectedSpanRelabelsItAndEdgesMoveByToken() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        int start = text.indexOf("Lloyd Austin");
        editor.textWidget().setSelection(start, start + 5);
        type('a');
        waitUntil("tagged", () -> editor.state().layer().size() == 1, 5_000);
        assertEquals("Lloyd", text.substring(only(stored(DOC)).start(), only(stored(DOC)).end()));
        press(SWT.ARROW_RIGHT, (char) 0, SWT.SHIFT, SWT.ALT);
        Span moved = only(stored(DOC));
        assertEquals("Lloyd Austin", text.substring(moved.start(), moved.end()), "Shift+Alt+Right moved the end");
        type('o');
        Span relabelled = only(stored(DOC));
        assertEquals("OFFICIAL", relabelled.labelId(), "the hotkey relabelled the selected span");
        assertEquals(moved.id(), relabelled.id());
        command("aurum.editor.deleteSpan");
        assertEquals(0, stored(DOC).size());
        command("org.eclipse.ui.edit.undo");
        assertEquals(relabelled, only(stored(DOC)), "undo brought the deleted span back");
    }

    @Test
    void enterAcceptsBackspaceRejectsAndAcceptAllIsOneUndoableStep() throws Exception {
        List<Span> suggestions = SampleStore.suggest(store, DOC);
        assertTrue(suggestions.size() >= 3, "the recognizers propose spans in " + DOC);
        AnnotationEditor editor = open(store.directory(), DOC);
        editor.textWidget().setSelection(0);
        press('.', '.', SWT.CTRL);
        List<Span> ordered = stored(DOC).spans();
        Span first = ordered.get(0);
        assertEquals(List.of(first), editor.getAdapter(AnnotatedDocument.class).selectedSpans());

        press(SWT.CR, '\r');
        assertEquals(SpanStatus.ACCEPTED, stored(DOC).find(first.id()).orElseThrow().status(), "Enter accepted it");
        Span second = ordered.get(1);
        assertEquals(List.of(second.id()), editor.state().selectedSpans().stream().map(Span::id).toList(),
                "accepting moved on to the next suggestion");

        press(SWT.BS, '\b');
        assertEquals(SpanStatus.REJECTED, stored(DOC).find(second.id()).orElseThrow().status(), "Backspace rejected it");

        Span third = stored(DOC).find(ordered.get(2).id()).orElseThrow();
        editor.navigation().reveal(third);
        press(SWT.CR, '\r', SWT.SHIFT);
        long left = stored(DOC).spans().stream()
                .filter(s -> s.labelId().equals(third.labelId()) && s.status() == SpanStatus.SUGGESTED).count();
        assertEquals(0, left, "Shift+Enter accepted every " + third.labelId() + " suggestion");
        command("org.eclipse.ui.edit.undo");
        assertEquals(SpanStatus.SUGGESTED, stored(DOC).find(third.id()).orElseThrow().status(),
                "one undo took back the whole bulk accept");
        assertEquals(SpanStatus.REJECTED, stored(DOC).find(second.id()).orElseThrow().status());
    }

    @Test
    void changesMadeOnDiskShowUpInTheOpenEditor() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        CorpusStore other = CorpusStore.open(store.directory());
        Layer layer = other.loadLayer(DOC, SampleStore.OWNER);
        Span added = Span.builder().range(0, 5).label("ORG").annotator("cli").buildFor(layer.document().text());
        layer.add(added);
        other.saveLayer(layer, 0);
        waitUntil("the editor reloads the layer", () -> editor.state().layer().contains(added.id()), 10_000);
        assertNotNull(editor.bannerText());
        assertTrue(editor.bannerText().startsWith("Reloaded"), editor.bannerText());
    }

    @Test
    void aConflictingSaveReloadsAppliesTheChangeOnTopAndTellsTheUser() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        editor.state().watcher().stop();
        CorpusStore other = CorpusStore.open(store.directory());
        Layer layer = other.loadLayer(DOC, SampleStore.OWNER);
        Span theirs = Span.builder().range(0, 5).label("ORG").annotator("cli").buildFor(layer.document().text());
        layer.add(theirs);
        other.saveLayer(layer, 0);
        String text = editor.textWidget().getText();
        int start = text.indexOf("Lloyd Austin");
        editor.textWidget().setSelection(start, start + 12);
        editor.editing().tagSelection("OFFICIAL");
        Layer now = stored(DOC);
        assertEquals(2, now.size(), "both the other writer's span and ours are stored");
        assertTrue(now.contains(theirs.id()));
        assertTrue(editor.bannerText().contains("changed outside this editor"), editor.bannerText());
    }

    @Test
    void screenshotsOfAnnotatedSampleDocuments() throws Exception {
        Path dir = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"));
        for (String id : store.documents().stream().map(d -> d.id()).toList()) {
            SampleStore.suggest(store, id);
            AnnotationEditor editor = open(store.directory(), id);
            Optional<Span> official = editor.state().layer().spans().stream()
                    .filter(s -> s.labelId().equals("OFFICIAL")).findFirst();
            official.ifPresent(s -> editor.editing().acceptAll("OFFICIAL"));
            Span last = editor.state().layer().spans().stream().max(Comparator.comparingInt(Span::end)).orElseThrow();
            Span first = editor.state().layer().spans().get(0);
            // a manual span enclosing the first suggestion, to show nesting
            String text = editor.textWidget().getText();
            int sentenceEnd = text.indexOf('.', first.end());
            editor.textWidget().setSelection(Math.max(0, text.lastIndexOf('\n', first.start()) + 1),
                    sentenceEnd > 0 ? sentenceEnd : first.end());
            editor.editing().tagSelection("GPE");
            editor.navigation().reveal(first);
            settle(400);
            Path shot = dir.resolve("annotated-" + id + ".png");
            WindowScreenshot.save(Display.getCurrent(), shot);
            assertTrue(Files.size(shot) > 10_000, "a real picture: " + shot);
            assertTrue(editor.state().painter().lastPaintedSpans() > 0, "spans were painted in " + id);
            assertTrue(last.end() > 0);
            page().closeAllEditors(false);
        }
    }
}
