package aurum.app.tests.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.input.CorpusDocumentInput;

/** Drives the real annotation editor like a user: opens documents, types keys, runs commands. */
final class EditorDriver {

    private EditorDriver() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void waitUntil(String what, BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting until " + what);
    }

    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /**
     * Waits until every open annotation (and curation) editor has stored its edits (the session's writer
     * saves them a few milliseconds after each edit), then runs what the writers passed to the UI thread.
     */
    static void awaitSaved() {
        for (org.eclipse.ui.IEditorReference reference : page().getEditorReferences()) {
            if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.isLoaded()) {
                assertTrue(editor.state().session().awaitSaved(30_000), "the edits of " + reference.getName()
                        + " were stored");
            }
        }
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run the writers' reports
        }
    }

    static AnnotationEditor open(Path corpus, String id) throws Exception {
        AnnotationEditor editor = (AnnotationEditor) page().openEditor(new CorpusDocumentInput(corpus, id, id),
                CorpusDocumentInput.EDITOR_ID);
        waitUntil("the document is loaded", editor::isLoaded, 30_000);
        editor.setFocus();
        settle(100);
        return editor;
    }

    /** Posts a key press and release of {@code character} to the display, as a keyboard would. */
    static void type(char character) {
        Display display = Display.getCurrent();
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.character = character;
            event.keyCode = character;
            assertTrue(display.post(event), "the display accepted the key event");
        }
        settle(150);
    }

    /** Posts {@code keyCode} (e.g. {@code SWT.CR}) with optional modifier key codes held down. */
    static void press(int keyCode, char character, int... modifiers) {
        Display display = Display.getCurrent();
        for (int modifier : modifiers) {
            post(display, SWT.KeyDown, modifier, (char) 0);
        }
        post(display, SWT.KeyDown, keyCode, character);
        post(display, SWT.KeyUp, keyCode, character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            post(display, SWT.KeyUp, modifiers[i], (char) 0);
        }
        settle(150);
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the display accepted the key event");
    }

    /** Runs a command through the handler service, as a menu item or key binding does. */
    static void command(String id, Map<String, String> parameters) throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        // Edit > Undo/Redo update their enablement from history events asynchronously, later on a busy machine
        waitUntil("command " + id + " is enabled", () -> commands.getCommand(id).isEnabled(), 10_000);
        IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor().getSite().getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(id), parameters), null);
    }

    static void command(String id) throws Exception {
        command(id, Map.of());
    }
}
