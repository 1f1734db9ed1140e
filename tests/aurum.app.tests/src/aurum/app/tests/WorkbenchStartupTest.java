package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import aurum.app.internal.workbench.AurumWorkbenchAdvisor;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotations.AnnotationsView;
import aurum.editor.corpus.Workspace;
import aurum.editor.labels.LabelsView;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.problems.ProblemsView;
import aurum.editor.properties.SpanPropertiesView;

/** Starts the real Aurum workbench (the product's application) and checks what the annotator sees first. */
class WorkbenchStartupTest {

    @Test
    void opensInTheAurumPerspective() {
        assertEquals(AurumWorkbenchAdvisor.PERSPECTIVE_ID, Ui.page().getPerspective().getId());
    }

    @Test
    void perspectiveShowsTheFiveViews() {
        for (String id : List.of(CorpusNavigatorView.ID, LabelsView.ID, AnnotationsView.ID, SpanPropertiesView.ID,
                ProblemsView.ID)) {
            assertNotNull(Ui.page().findViewReference(id), id + " is part of the Aurum perspective");
        }
    }

    @Test
    void navigatorListsTheFiveSampleDocumentsImportedIntoTheWorkspace() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) Ui.page().findView(CorpusNavigatorView.ID);
        assertNotNull(navigator, "the corpus navigator is part of the Aurum perspective");
        Ui.waitUntil(() -> navigator.documents().size() == 5, 30_000);
        List<String> ids = navigator.documents().stream().map(DocumentRow::id).toList();
        assertEquals(List.of("000_a32fd7d8af559016", "001_f678337dce6c3a19", "002_22943c359632a2c4",
                "003_261ee4acecaa973c", "004_62ae7363d976784e"), ids);
        // the plain sample folder became a corpus store in the workspace, which the navigator shows
        CorpusStore store = navigator.store();
        assertEquals(Workspace.folder().resolve("corpora").resolve("us-japan-defense"), store.directory());
        assertTrue(Files.isRegularFile(store.directory().resolve("corpus.json")));
        assertTrue(navigator.documents().stream().allMatch(d -> !d.title().isBlank() && d.length() > 0));
        Path shot = Ui.screenshot("workbench-startup.png");
        assertTrue(Files.size(shot) > 10_000, "a real picture of the window was saved: " + shot);
    }
}
