package aurum.app.tests.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.core.model.LabelSetRef;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.preferences.AurumPreferences;

/**
 * What the journey tests share: a corpus of their own made from the sample corpus and shown in the Corpus
 * view, keys typed through the display as a keyboard types them, screenshots, and putting the workbench back
 * as it was (the annotator, the Corpus view's corpus, no editor open).
 */
final class Journey {

    private final String annotator = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).get(AurumPreferences.ANNOTATOR,
            null);
    /** What the platform logged while the journey ran, for failure messages. */
    private final java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final org.eclipse.core.runtime.ILogListener logListener = (status, plugin) -> logged.add(status.getSeverity()
            + " " + status.getPlugin() + ": " + status.getMessage() + (status.getException() == null ? ""
                    : " (" + status.getException() + ")"));
    private CorpusStore original;

    Journey() {
        org.eclipse.core.runtime.Platform.addLogListener(logListener);
    }

    /**
     * Opens the first document listed in the Corpus view as a user does: the view is activated, which selects its
     * first row when nothing is selected, and Enter opens it.
     */
    AnnotationEditor openFirstDocumentFromTheCorpusView(CorpusNavigatorView navigator) {
        windowManagerActivatesTheWorkbench();
        page().activate(navigator);
        org.eclipse.swt.widgets.Table table = navigator.viewer().getTable();
        settleUntil(() -> table.getSelectionIndex() == 0, 10_000);
        assertTrue(table.getSelectionIndex() == 0, () -> "the activated Corpus view has its first document selected; selection "
                + java.util.Arrays.toString(table.getSelectionIndices()) + " of " + table.getItemCount() + ", focus "
                + Display.getCurrent().getFocusControl() + ", active shell " + Display.getCurrent().getActiveShell());
        String firstRow = navigator.visibleDocuments().get(0).id();
        press(SWT.CR, '\r');
        AnnotationEditor editor = activeEditorLoaded();
        assertEquals(firstRow, editor.documentInput().documentId(), "Enter opened the document of the first row");
        return editor;
    }

    IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    CorpusNavigatorView navigator() {
        return (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
    }

    /**
     * Waits for the corpus the workbench opened at start-up and remembers it, so that {@link #restore} shows it
     * again; the Corpus view is set up as a fresh workbench has it (no filter, all documents, document order).
     */
    CorpusStore startupCorpusInTheNavigator() {
        CorpusNavigatorView navigator = navigator();
        waitUntil("the startup corpus is open", () -> navigator.store() != null, 120_000);
        original = navigator.store();
        page().closeAllEditors(false);
        navigator.setFilter("");
        navigator.setAssignedToMeOnly(false);
        navigator.sortBy(DocumentOrder.Key.ID, false);
        return original;
    }

    /**
     * Imports the sample corpus into a new corpus (as the workbench does at first start) and shows it in a Corpus
     * view as a fresh workbench has it: no editor open, no filter, only the documents assigned to the annotator
     * off, in document order. The view keeps its filter and order while the workbench runs, so a test before this
     * one may have left it sorted by title, which puts another document in the first row.
     */
    CorpusStore sampleCorpusInTheNavigator() throws Exception {
        CorpusNavigatorView navigator = navigator();
        startupCorpusInTheNavigator();
        Path dir = Files.createTempDirectory("aurum-journey").resolve("us-japan-defense");
        CorpusStore store = CorpusStore.create(dir, CorpusSettings.of("us-japan-defense",
                original.settings().labelSet() == null ? new LabelSetRef("news", "1.0.0") : original.settings().labelSet()));
        try (DocumentBatch batch = store.batch()) {
            Importers.plainText().read(samples(), imported -> {
                try {
                    batch.add(imported.document(), imported.boilerplate());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, ImportProgress.NONE);
        }
        navigator.showCorpus(store);
        waitUntil("the Corpus view lists the corpus", () -> navigator.store() == store && !navigator.isSearching()
                && navigator.documents().size() == 5, 60_000);
        return store;
    }

    static Path samples() {
        return Path.of(System.getProperty("aurum.root", "../..")).resolve("samples/us-japan-defense");
    }

    /** Removes the annotator name, as in a workspace started for the first time. */
    void forgetTheAnnotator() {
        InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).remove(AurumPreferences.ANNOTATOR);
    }

    /** The active annotation editor once it has loaded its document. */
    AnnotationEditor activeEditorLoaded() {
        settleUntil(() -> page().getActiveEditor() instanceof AnnotationEditor editor && editor.isLoaded(), 30_000);
        if (!(page().getActiveEditor() instanceof AnnotationEditor loaded && loaded.isLoaded())) {
            org.eclipse.swt.widgets.Shell shell = Display.getCurrent().getActiveShell();
            String dialog = shell == null || shell == page().getWorkbenchWindow().getShell() ? "none"
                    : "'" + shell.getText() + "': " + describeAll(shell);
            throw new AssertionError("no annotation editor is open and loaded; open dialog " + dialog + "; active part "
                    + page().getActivePart()
                    + ", active editor " + page().getActiveEditor() + (page().getActiveEditor() instanceof AnnotationEditor
                            e ? " (banner: " + e.bannerText() + ", header: " + e.headerText() + ")" : "") + ", editors "
                    + java.util.Arrays.stream(page().getEditorReferences()).map(IEditorReference::getName).toList()
                    + ", status: " + statusLine() + ", focus: " + Display.getCurrent().getFocusControl() + ", logged: "
                    + logged);
        }
        AnnotationEditor editor = (AnnotationEditor) page().getActiveEditor();
        editor.setFocus();
        settle(200);
        return editor;
    }

    /**
     * Tags {@code tokens} tokens from {@code offset} with the label of {@code hotkey}: the caret is put at the
     * start, Shift+Ctrl+Right selects a token at a time, the hotkey tags.
     */
    void tag(AnnotationEditor editor, int offset, int tokens, char hotkey) {
        int before = editor.state().layer().size();
        editor.textWidget().setSelection(offset);
        for (int i = 0; i < tokens; i++) {
            press(SWT.ARROW_RIGHT, (char) 0, SWT.CTRL, SWT.SHIFT);
        }
        press(hotkey, hotkey);
        waitUntil("the span is tagged", () -> editor.state().layer().size() == before + 1, 10_000);
    }

    /**
     * Gives the workbench window the keyboard focus, as a window manager does when a dialog over it closes. Xvfb
     * runs without one: after a modal dialog (Who Is Annotating?) closes, no window is active, the focus is
     * nowhere and the keys a user would type next reach no widget.
     */
    void windowManagerActivatesTheWorkbench() {
        org.eclipse.swt.widgets.Shell workbench = page().getWorkbenchWindow().getShell();
        if (Display.getCurrent().getActiveShell() != workbench) {
            workbench.forceActive();
            settleUntil(() -> Display.getCurrent().getActiveShell() == workbench, 5_000);
        }
    }

    /**
     * Opens the curation editor of document {@code id} as a lead does: the row selected in the Corpus view and the
     * Curate command run; returns it once loaded, or fails with what the editor says instead.
     */
    aurum.editor.curation.CurationEditor curate(CorpusNavigatorView navigator, String id) throws Exception {
        page().activate(navigator);
        aurum.editor.navigator.DocumentRow row = navigator.documents().stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow();
        navigator.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
        navigator.viewer().getTable().setFocus();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand("aurum.editor.curate", null);
        settleUntil(() -> page().getActiveEditor() instanceof aurum.editor.curation.CurationEditor editor
                && editor.isLoaded() && editor.commands() != null && editor.documentInput().documentId().equals(id),
                30_000);
        if (!(page().getActiveEditor() instanceof aurum.editor.curation.CurationEditor curation && curation.isLoaded()
                && curation.commands() != null)) {
            throw new AssertionError("the curation editor of " + id + " is open: active editor " + page().getActiveEditor()
                    + (page().getActiveEditor() instanceof AnnotationEditor e ? " loaded " + e.isLoaded() + ", banner: "
                            + e.bannerText() + ", header: " + e.headerText() : "") + "; status: " + statusLine()
                    + "; logged: " + logged);
        }
        curation.setFocus();
        return curation;
    }

    /**
     * Tags "Japan" (GPE) in every document from the first row of the Corpus view on, with {@code more} adding
     * tags of its own, and marks each done and moves on with Ctrl+Shift+Enter, as an annotator does from the
     * keyboard; the first document's editor is saved as the screenshot {@code firstShot}.
     */
    void tagEveryDocumentAndMarkDone(CorpusNavigatorView navigator, int documents,
            java.util.function.BiConsumer<AnnotationEditor, String> more, String firstShot) {
        openFirstDocumentFromTheCorpusView(navigator);
        for (int done = 0; done < documents; done++) {
            AnnotationEditor editor = activeEditorLoaded();
            String text = editor.textWidget().getText();
            tag(editor, text.indexOf("Japan"), 1, editor.state().labels().label("GPE").orElseThrow().hotkey());
            more.accept(editor, text);
            if (done == 0) {
                screenshot(firstShot);
            }
            String id = editor.documentInput().documentId();
            press(SWT.CR, '\r', SWT.CTRL, SWT.SHIFT);
            if (done < documents - 1) {
                waitUntil("moving on from " + id, () -> page().getActiveEditor() instanceof AnnotationEditor next
                        && !next.documentInput().documentId().equals(id), 30_000);
            } else {
                waitUntil("the last document is done",
                        () -> editor.state().layer().state() == aurum.core.model.LayerState.DONE, 10_000);
            }
        }
        awaitSaved();
        page().closeAllEditors(false);
    }

    /** Waits until every open editor has stored its edits. */
    void awaitSaved() {
        for (IEditorReference reference : page().getEditorReferences()) {
            if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.isLoaded()) {
                assertTrue(editor.state().session().awaitSaved(30_000), "the edits of " + reference.getName() + " are stored");
            }
        }
        settle(100);
    }

    /** Closes the editors and puts back the annotator and the Corpus view's corpus. */
    void restore() {
        org.eclipse.core.runtime.Platform.removeLogListener(logListener);
        page().closeAllEditors(false);
        if (annotator == null) {
            InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).remove(AurumPreferences.ANNOTATOR);
        } else {
            InstanceScope.INSTANCE.getNode(AurumPreferences.NODE).put(AurumPreferences.ANNOTATOR, annotator);
        }
        if (original != null) {
            CorpusNavigatorView navigator = navigator();
            navigator.showCorpus(original);
            waitUntil("the Corpus view is back on the startup corpus", () -> navigator.store() == original, 30_000);
        }
    }

    /**
     * Runs {@code action} once a shell titled {@code title} is the active one (a modal dialog the test is about to
     * open and block on), looking every 100 ms for up to a minute.
     */
    static void whenShellOpens(String title, java.util.function.Consumer<org.eclipse.swt.widgets.Shell> action) {
        Display display = Display.getCurrent();
        int[] tries = {0};
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            org.eclipse.swt.widgets.Shell shell = display.getActiveShell();
            if (shell != null && title.equals(shell.getText())) {
                action.accept(shell);
            } else if (++tries[0] < 600) {
                display.timerExec(100, look[0]);
            }
        };
        display.timerExec(100, look[0]);
    }

    /** Posts a key press and release, with modifier keys held, as a keyboard does. */
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

    /** Types {@code text} a key at a time. */
    static void typeText(String text) {
        for (char c : text.toCharArray()) {
            press(c, c);
        }
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        assertTrue(display.post(event), "the display accepted the key event");
    }

    /** Saves a PNG of the active window under the screenshots folder and checks it is a real picture. */
    static Path screenshot(String name) {
        settle(300);
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), name);
        try {
            WindowScreenshot.save(Display.getCurrent(), shot);
            assertTrue(Files.size(shot) > 10_000, shot + " is a real screenshot");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shot;
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

    /** Runs the event loop until {@code condition} holds or {@code millis} pass. */
    static void settleUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** The text of the workbench window's status line, for failure messages. */
    String statusLine() {
        org.eclipse.jface.action.IStatusLineManager manager = page().getActivePart() instanceof org.eclipse.ui.IViewPart view
                ? view.getViewSite().getActionBars().getStatusLineManager()
                : page().getActiveEditor() == null ? null
                        : page().getActiveEditor().getEditorSite().getActionBars().getStatusLineManager();
        if (manager instanceof org.eclipse.jface.action.StatusLineManager line && line.getControl() != null) {
            return describe(line.getControl());
        }
        return "?";
    }

    /** Every label, text and button text under {@code control}, for failure messages. */
    static String describeAll(org.eclipse.swt.widgets.Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            text.append(label.getText()).append(" | ");
        } else if (control instanceof org.eclipse.swt.widgets.Text field) {
            text.append(field.getText()).append(" | ");
        } else if (control instanceof org.eclipse.swt.widgets.Button button) {
            text.append('[').append(button.getText()).append("] ");
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                text.append(describeAll(child));
            }
        }
        return text.toString();
    }

    private static String describe(org.eclipse.swt.widgets.Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null) {
            text.append(label.getText()).append(' ');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                text.append(describe(child));
            }
        }
        return text.toString();
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
}
