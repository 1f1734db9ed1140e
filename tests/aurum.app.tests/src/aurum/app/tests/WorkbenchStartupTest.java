package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.AurumWorkbenchAdvisor;
import aurum.app.internal.workbench.WindowScreenshot;
import aurum.corpus.folder.DocumentEntry;
import aurum.editor.navigator.CorpusNavigatorView;

/** Starts the real Aurum workbench (the product's application) and checks what the annotator sees first. */
class WorkbenchStartupTest {

    private static void waitUntil(BooleanSupplier condition, long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @Test
    void opensInTheAurumPerspective() {
        assertEquals(AurumWorkbenchAdvisor.PERSPECTIVE_ID, page().getPerspective().getId());
    }

    @Test
    void navigatorListsTheFiveSampleDocuments() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        assertNotNull(navigator, "the corpus navigator is part of the Aurum perspective");
        waitUntil(() -> navigator.documents().size() == 5, 20_000);
        List<String> ids = navigator.documents().stream().map(DocumentEntry::id).toList();
        assertEquals(List.of("000_a32fd7d8af559016", "001_f678337dce6c3a19", "002_22943c359632a2c4",
                "003_261ee4acecaa973c", "004_62ae7363d976784e"), ids);
        waitUntil(() -> false, 500);
        Path shot = Path.of(System.getProperty("aurum.screenshots", "target/screenshots"), "workbench-startup.png");
        WindowScreenshot.save(Display.getCurrent(), shot);
        assertTrue(Files.size(shot) > 10_000, "a real picture of the window was saved: " + shot);
    }
}
