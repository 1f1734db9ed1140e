package aurum.app.internal.selfcheck;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import aurum.core.model.Layer;
import aurum.core.model.Span;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;

/**
 * The annotator's first minute, walked through the running workbench from a thread of its own (the UI is
 * touched only through {@link Display#syncExec}): the window opens, the start-up corpus is listed, its first
 * document opens in the annotation editor, a word is tagged with the Tag command (as its hotkey does), and the
 * span reaches the corpus on disk. Then checks that no dialog is left open and closes the workbench.
 */
final class DocumentJourney implements Runnable {

    private static final String TAG_COMMAND = "aurum.editor.tag";
    private static final String TAG_LABEL = "aurum.editor.tag.label";
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final long STEP_MILLIS = 60_000;
    private static final long POLL_MILLIS = 50;

    private final SelfCheckReport report;
    private Display display;

    DocumentJourney(SelfCheckReport report) {
        this.report = report;
    }

    /** Starts the journey on a daemon thread; it waits for the workbench to run. */
    Thread start() {
        Thread thread = new Thread(this, "Aurum self-check");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            walk();
        } catch (StepFailed e) {
            report.failed(e.step, e.getMessage());
        } catch (Exception | LinkageError e) {
            report.failed("the check itself", String.valueOf(e));
        } finally {
            report.finished();
            closeWorkbench();
        }
    }

    private void walk() throws Exception {
        step("the workbench starts", () -> {
            await("the workbench starts", PlatformUI::isWorkbenchRunning);
            return null;
        });
        display = PlatformUI.getWorkbench().getDisplay();
        IWorkbenchPage page = step("the workbench window opens", () -> {
            await("the workbench window opens", () -> ui(() -> activePage() != null));
            return ui(DocumentJourney::activePage);
        });
        CorpusNavigatorView navigator = step("the corpus is listed", () -> {
            await("the corpus navigator lists documents", () -> ui(() -> page.findView(CorpusNavigatorView.ID)
                    instanceof CorpusNavigatorView view && view.store() != null && !view.isSearching()
                    && !view.documents().isEmpty()));
            return ui(() -> (CorpusNavigatorView) page.findView(CorpusNavigatorView.ID));
        });
        Path corpus = ui(() -> navigator.store().directory().toAbsolutePath().normalize());
        DocumentRow first = ui(() -> navigator.documents().get(0));
        AnnotationEditor editor = step("document " + first.id() + " opens in the annotation editor", () -> {
            IEditorPart part = ui(() -> page.openEditor(new CorpusDocumentInput(corpus, first.id(), first.title()),
                    CorpusDocumentInput.EDITOR_ID));
            if (!(part instanceof AnnotationEditor opened)) {
                throw new IllegalStateException("the editor opened is " + part + ", not the annotation editor");
            }
            await("the document is shown", () -> ui(() -> opened.isLoaded() || !opened.bannerText().isEmpty()));
            String banner = ui(opened::bannerText);
            if (!ui(opened::isLoaded)) {
                throw new IllegalStateException("the editor says: " + banner);
            }
            return opened;
        });
        AnnotatedDocument document = ui(() -> editor.getAdapter(AnnotatedDocument.class));
        Span tagged = step("a word is tagged", () -> tagFirstWord(editor, document));
        step("the span is saved in the corpus", () -> {
            ui(() -> page.saveAllEditors(false));
            await("span " + tagged.id() + " is in the stored layer",
                    () -> stored(corpus, first.id(), ui(document::layer)).find(tagged.id()).isPresent());
            return null;
        });
        step("no dialog is left open", () -> {
            List<String> dialogs = ui(this::openDialogs);
            if (!dialogs.isEmpty()) {
                throw new IllegalStateException("open: " + String.join("; ", dialogs));
            }
            return null;
        });
    }

    private Span tagFirstWord(AnnotationEditor editor, AnnotatedDocument document) throws Exception {
        String text = ui(() -> editor.textWidget().getText());
        Matcher word = WORD.matcher(text);
        if (!word.find()) {
            throw new IllegalStateException("the document has no word to tag");
        }
        String label = ui(() -> document.labelSet().labels().get(0).id());
        int before = ui(() -> document.layer().size());
        ui(() -> {
            editor.setFocus();
            editor.textWidget().setSelection(word.start(), word.end());
            ICommandService commands = editor.getSite().getService(ICommandService.class);
            ParameterizedCommand tag = ParameterizedCommand.generateCommand(commands.getCommand(TAG_COMMAND),
                    Map.of(TAG_LABEL, label));
            return editor.getSite().getService(IHandlerService.class).executeCommand(tag, null);
        });
        await("the editor's layer has the new span", () -> ui(() -> document.layer().size() == before + 1));
        return ui(() -> document.layer().spans().stream()
                .filter(s -> s.labelId().equals(label) && s.start() <= word.start() && s.end() >= word.end())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + label + " span over '" + word.group() + "'")));
    }

    private static Layer stored(Path corpus, String documentId, Layer edited) {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            return store.loadLayer(documentId, edited.owner());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the stored layer: " + e.getMessage(), e);
        }
    }

    private static IWorkbenchPage activePage() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window == null ? null : window.getActivePage();
    }

    /** Visible shells other than workbench windows: error dialogs, prompts. */
    private List<String> openDialogs() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        List<Shell> windows = List.of(workbench.getWorkbenchWindows()).stream().map(IWorkbenchWindow::getShell)
                .toList();
        return List.of(display.getShells()).stream().filter(s -> s.isVisible() && !windows.contains(s))
                .map(s -> "'" + s.getText() + "'").toList();
    }

    private void closeWorkbench() {
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            // a dialog left open (an error shown to the user) would keep the workbench from closing
            for (Shell shell : display.getShells()) {
                if (shell.getParent() != null && !shell.isDisposed()) {
                    shell.dispose();
                }
            }
            PlatformUI.getWorkbench().close();
        });
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T step(String name, Step<T> step) throws StepFailed {
        long start = System.nanoTime();
        try {
            T result = step.run();
            report.passed(name, (System.nanoTime() - start) / 1_000_000);
            return result;
        } catch (StepFailed e) {
            throw e;
        } catch (Exception | LinkageError e) {
            String why = e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new StepFailed(name, why);
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) throws Exception {
        long deadline = System.currentTimeMillis() + STEP_MILLIS;
        while (!condition.holds()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not done after " + STEP_MILLIS / 1000 + " s: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private interface UiCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code call} on the UI thread and returns its result, or throws what it threw. */
    private <T> T ui(UiCall<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(call.call());
            } catch (Exception | LinkageError e) {
                thrown.set(e);
            }
        });
        if (thrown.get() instanceof Exception e) {
            throw e;
        }
        if (thrown.get() instanceof Error e) {
            throw e;
        }
        return result.get();
    }

    /** A step that did not work, with why. */
    private static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final String step;

        StepFailed(String step, String why) {
            super(why);
            this.step = step;
        }
    }
}
