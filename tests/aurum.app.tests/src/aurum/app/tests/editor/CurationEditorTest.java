package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.command;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.press;
import static aurum.app.tests.editor.EditorDriver.type;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import aurum.agreement.curation.Disagreement;
import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.editor.curation.CurationEditor;
import aurum.editor.curation.CurationInput;
import aurum.editor.preferences.AurumPreferences;

/**
 * Curates the first sample document of three simulated annotators from the keyboard: agreed spans are
 * in gold on opening, Alt+Down/Alt+Up go from disagreement to disagreement, a digit accepts that
 * annotator's version, 0 keeps none, Edit › Undo takes a decision back, and the gold layer on disk
 * follows every step until it is CURATED.
 */
class CurationEditorTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void curatingADocumentByKeyboard() throws Exception {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, "curator");
        CorpusStore store = ThreeAnnotatorsStore.create();
        String doc = ThreeAnnotatorsStore.DOC0;
        String text = store.document(doc).orElseThrow().text();
        int us = text.indexOf("US");
        int japan = text.indexOf("Japan");
        int antony = text.indexOf("Antony Blinken");
        int austin = text.indexOf("Lloyd Austin");

        CurationEditor editor = (CurationEditor) page().openEditor(
                new CurationInput(store.directory(), doc, "US–Japan", List.of()), CurationInput.EDITOR_ID);
        waitUntil("the curation editor is loaded", () -> editor.isLoaded() && editor.commands() != null, 30_000);
        editor.setFocus();
        EditorDriver.settle(200);

        assertEquals(List.of("alice", "bob", "carol"), editor.commands().annotators());
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("aurum.editor.curation.rejectVersions",
                bindings.getPerfectMatch(KeySequence.getInstance("BS")).getParameterizedCommand().getId(),
                "in the curation editor Backspace rejects all versions, not a suggestion");
        assertEquals(Set.of(us + "-" + (us + 2) + " GPE ACCEPTED"), gold(store, doc),
                "opening pre-accepted the span all three agree on, and only it");
        assertEquals(3, editor.commands().openCount(), "Japan, Blinken and Lloyd Austin are open");
        assertEquals(LayerState.IN_PROGRESS, stored(store, doc).state());

        // Alt+Down from the top walks the disagreements in text order; Alt+Up goes back
        List<Integer> order = new TreeSet<>(List.of(japan, antony, austin)).stream().toList();
        editor.textWidget().setSelection(0);
        press(SWT.ARROW_DOWN, (char) 0, SWT.ALT);
        assertEquals(order.get(0), currentStart(editor), "Alt+Down selected the first disagreement");
        press(SWT.ARROW_DOWN, (char) 0, SWT.ALT);
        assertEquals(order.get(1), currentStart(editor), "Alt+Down selected the second disagreement");
        press(SWT.ARROW_UP, (char) 0, SWT.ALT);
        assertEquals(order.get(0), currentStart(editor), "Alt+Up went back to the first");

        for (int step = 0; step < 3; step++) {
            int start = currentStart(editor);
            if (start == japan) {
                type('3'); // carol's ORG
                assertTrue(gold(store, doc).contains(japan + "-" + (japan + 5) + " ORG ACCEPTED"),
                        "3 stored carol's version of Japan: " + gold(store, doc));
            } else if (start == antony) {
                type('0'); // neither Antony Blinken nor Blinken
                assertTrue(gold(store, doc).containsAll(Set.of(antony + "-" + (antony + 14) + " PER REJECTED",
                        (antony + 7) + "-" + (antony + 14) + " PER REJECTED")),
                        "0 stored both versions as rejected: " + gold(store, doc));
                command("org.eclipse.ui.edit.undo");
                assertTrue(gold(store, doc).stream().noneMatch(s -> s.startsWith(antony + "-")
                        || s.startsWith((antony + 7) + "-")), "undo took the rejection out of the store");
                editor.textWidget().setSelection(antony);
                EditorDriver.settle(100);
                type('1'); // alice's Antony Blinken
                assertTrue(gold(store, doc).contains(antony + "-" + (antony + 14) + " PER ACCEPTED"),
                        "1 stored alice's Antony Blinken: " + gold(store, doc));
            } else {
                assertEquals(austin, start);
                type('2'); // bob's Lloyd Austin
                assertTrue(gold(store, doc).contains(austin + "-" + (austin + 12) + " PER ACCEPTED"),
                        "2 stored bob's Lloyd Austin: " + gold(store, doc));
            }
            if (step == 0) {
                screenshot(); // one settled (green), two open (yellow), the next one framed
            }
            if (step < 2) {
                assertEquals(2 - step, editor.commands().openCount());
                assertEquals(LayerState.IN_PROGRESS, stored(store, doc).state());
            }
        }

        assertEquals(0, editor.commands().openCount());
        assertEquals(LayerState.CURATED, stored(store, doc).state(), "the gold layer on disk is CURATED");
        assertTrue(editor.progressText().startsWith("Curated"), editor.progressText());
        assertEquals(Set.of(us + "-" + (us + 2) + " GPE ACCEPTED", japan + "-" + (japan + 5) + " ORG ACCEPTED",
                antony + "-" + (antony + 14) + " PER ACCEPTED", austin + "-" + (austin + 12) + " PER ACCEPTED"),
                gold(store, doc));

        // gold is edited like any layer: a label hotkey tags the selection, Delete removes the span
        int word = text.indexOf("cooperation");
        editor.textWidget().setSelection(word, word + "cooperation".length());
        EditorDriver.settle(100);
        type('w');
        assertTrue(gold(store, doc).stream().anyMatch(g -> g.startsWith(word + "-") && g.endsWith(" MANUAL")),
                "the hotkey tagged the selection in gold: " + gold(store, doc));
        command("aurum.editor.deleteSpan");
        assertTrue(gold(store, doc).stream().noneMatch(g -> g.startsWith(word + "-")),
                "Delete removed it from gold: " + gold(store, doc));
        assertEquals(LayerState.CURATED, stored(store, doc).state(), "hand edits outside disagreements keep it curated");
    }

    private static void screenshot() throws Exception {
        EditorDriver.settle(300);
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "curation.png");
        WindowScreenshot.save(Display.getCurrent(), shot);
        assertTrue(Files.size(shot) > 10_000, "the screenshot " + shot + " has content");
    }

    private static int currentStart(CurationEditor editor) {
        return editor.commands().current().map(Disagreement::start).orElse(-1);
    }

    private static Layer stored(CorpusStore store, String doc) throws Exception {
        EditorDriver.awaitSaved();
        return CorpusStore.open(store.directory()).loadLayer(doc, LayerOwner.GOLD);
    }

    private static Set<String> gold(CorpusStore store, String doc) throws Exception {
        Set<String> result = new TreeSet<>();
        for (Span span : stored(store, doc).spans()) {
            result.add(span.start() + "-" + span.end() + " " + span.labelId() + " " + span.status());
        }
        return result;
    }
}
