package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.open;
import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.press;
import static aurum.app.tests.editor.EditorDriver.settle;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import aurum.core.model.LabelSet;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.internal.edit.FindBar;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.preferences.AurumPreferences;

/**
 * Editing keys an annotator expects from other tools, pressed as keys: Ctrl+F finds in the document
 * (Enter and F3 go on, Escape gives the keyboard back), Ctrl+Y redoes, and tagging "9.3 billion" keeps
 * its "$" with it.
 */
class FindRedoAndNumbersTest {

    private static final String DOC = "001_f678337dce6c3a19";

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

    @Test
    void ctrlFFindsAndSelectsMatchesIgnoringCaseAndEnterGoesToTheNext() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        String word = "japan";
        int first = text.toLowerCase().indexOf(word);
        int second = text.toLowerCase().indexOf(word, first + 1);
        assertTrue(second > first && first >= 0, "the sample has the word twice");
        editor.textWidget().setSelection(0);
        press('f', 'f', SWT.CTRL);
        FindBar find = editor.findBar();
        waitUntil("Ctrl+F opened the find strip", find::isOpen, 5_000);
        for (char c : word.toCharArray()) {
            EditorDriver.type(c);
        }
        assertEquals(word, find.query());
        assertEquals("Japan", text.substring(first, first + word.length()), "matched ignoring case");
        assertEquals(new Point(first, word.length()), selection(editor), "typing selected the first match");
        assertTrue(find.status().startsWith("1 of "), find.status());
        press(SWT.CR, '\r');
        assertEquals(new Point(second, word.length()), selection(editor), "Enter went to the next match");
        assertTrue(find.status().startsWith("2 of "), find.status());
        press(SWT.CR, '\r', SWT.SHIFT);
        assertEquals(new Point(first, word.length()), selection(editor), "Shift+Enter went back");
        assertEquals(0, editor.state().layer().size(), "Enter in the find field did not accept or tag anything");
        press(SWT.ESC, (char) 27);
        assertFalse(find.isOpen(), "Escape closed the strip");
        press(SWT.F3, (char) 0);
        assertEquals(new Point(second, word.length()), selection(editor), "F3 in the text finds the next match");
        find.setQuery("no such words here");
        assertEquals("Not found", find.status());
    }

    @Test
    void ctrlYRedoesAndAnAmountKeepsItsCurrencySign() throws Exception {
        AnnotationEditor editor = open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        int start = text.indexOf("9.3 billion");
        assertEquals('$', text.charAt(start - 1));
        editor.textWidget().setSelection(start, start + "9.3 billion".length());
        AnnotatedDocument document = editor.getAdapter(AnnotatedDocument.class);
        document.tagSelection("AMOUNT");
        waitUntil("tagged", () -> editor.state().layer().size() == 1, 5_000);
        Span amount = editor.state().layer().spans().get(0);
        assertEquals("$9.3 billion", text.substring(amount.start(), amount.end()), "the $ stays with its number");

        editor.setFocus();
        enabled("org.eclipse.ui.edit.undo");
        press('z', 'z', SWT.CTRL);
        waitUntil("Ctrl+Z undid the tag", () -> editor.state().layer().size() == 0, 5_000);
        enabled("org.eclipse.ui.edit.redo");
        press('y', 'y', SWT.CTRL);
        waitUntil("Ctrl+Y redid the tag", () -> editor.state().layer().size() == 1, 5_000);
        assertEquals(amount, editor.state().layer().spans().get(0));
    }

    @Test
    void aLabelSetThatSaysTokensTagsTheNumberWithoutItsCurrencySign() throws Exception {
        LabelSet news = aurum.editor.internal.session.LabelSetResolver.installed(store.settings().labelSet()).orElseThrow();
        assertTrue(news.keepsNumberSigns());
        aurum.labels.corpus.CorpusLabelSets.writeCorpusFile(store.directory(), news.withNumberSigns(false));
        AnnotationEditor editor = open(store.directory(), DOC);
        String text = editor.textWidget().getText();
        int start = text.indexOf("9.3 billion");
        editor.textWidget().setSelection(start, start + "9.3 billion".length()); // as the test above drags
        editor.getAdapter(AnnotatedDocument.class).tagSelection("AMOUNT");
        waitUntil("tagged", () -> editor.state().layer().size() == 1, 5_000);
        Span amount = editor.state().layer().spans().get(0);
        assertEquals("9.3 billion", text.substring(amount.start(), amount.end()), "snapped to tokens, without the $");
    }

    /** Edit > Undo/Redo follow the history asynchronously: wait until the command can run, as a user would. */
    private static void enabled(String command) {
        org.eclipse.ui.commands.ICommandService commands = org.eclipse.ui.PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class);
        waitUntil(command + " is enabled", () -> commands.getCommand(command).isEnabled(), 10_000);
    }

    private static Point selection(AnnotationEditor editor) {
        Point range = editor.textWidget().getSelectionRange();
        return new Point(range.x, range.y);
    }
}
