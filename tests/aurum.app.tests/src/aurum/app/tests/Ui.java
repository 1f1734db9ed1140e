package aurum.app.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import aurum.app.internal.workbench.WindowScreenshot;
import aurum.app.tests.fakes.FakeAnnotatedDocument;
import aurum.app.tests.fakes.FakeEditor;

/** What the UI tests share: waiting while the UI thread runs, the page, the fake editor, screenshots. */
final class Ui {

    private Ui() {
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it holds. */
    static boolean waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return condition.getAsBoolean();
    }

    /** Lets pending asyncExecs and paints run. */
    static void settle() {
        waitUntil(() -> false, 300);
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens the fake annotation editor on {@code document} and activates it. */
    static FakeEditor openFake(FakeAnnotatedDocument document) throws PartInitException {
        FakeEditor editor = (FakeEditor) page().openEditor(new FakeEditor.Input(document), FakeEditor.ID);
        page().activate(editor);
        settle();
        return editor;
    }

    /** Saves a screenshot of the workbench window under the screenshots folder. */
    static Path screenshot(String name) throws IOException {
        settle();
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), name);
        WindowScreenshot.save(Display.getCurrent(), shot);
        if (Files.size(shot) < 10_000) {
            throw new IOException("screenshot " + shot + " is suspiciously small");
        }
        return shot;
    }
}
