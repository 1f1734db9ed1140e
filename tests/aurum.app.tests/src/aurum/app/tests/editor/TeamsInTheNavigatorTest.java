package aurum.app.tests.editor;

import static aurum.app.tests.editor.EditorDriver.page;
import static aurum.app.tests.editor.EditorDriver.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.Test;

import aurum.core.model.Span;
import aurum.corpus.assignment.Assignments;
import aurum.corpus.assignment.AssignmentsFile;
import aurum.corpus.store.CorpusStore;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.curation.CurationEditor;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.app.tests.AnnotatorPreference;
import aurum.editor.preferences.AurumPreferences;

/**
 * Team features around the curation editor: the navigator shows assignment progress and filters to
 * "my" documents, Curate on a navigator row opens the curation editor, and an annotator's editor shows
 * their own layer only (blind annotation).
 */
class TeamsInTheNavigatorTest {

    @Test
    void assignmentProgressCurateFromTheNavigatorAndBlindAnnotation() throws Exception {
        CorpusNavigatorView navigator = (CorpusNavigatorView) page().findView(CorpusNavigatorView.ID);
        CorpusStore original = navigator.store();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        String annotator = preferences.get(AurumPreferences.ANNOTATOR, null);
        try {
            preferences.put(AurumPreferences.ANNOTATOR, "carol");
            CorpusStore store = ThreeAnnotatorsStore.create();
            String doc0 = ThreeAnnotatorsStore.DOC0;
            String doc1 = store.documents().get(1).id();
            AssignmentsFile.write(store.directory(), Assignments.EMPTY.assign(List.of("alice", "bob", "carol"),
                    List.of(doc0)).assign(List.of("carol"), List.of(doc1)));
            navigator.showCorpus(store);
            waitUntil("the assignments are read", () -> !navigator.assignments().isEmpty()
                    && navigator.documents().size() == 5 && navigator.getContentDescription().contains("carol:"), 30_000);

            assertEquals("alice: 1 of 1 done · 0 in progress · 0 not started\n"
                    + "bob: 1 of 1 done · 0 in progress · 0 not started\n"
                    + "carol: 0 of 2 done · 1 in progress · 1 not started", navigator.assignments().progressText());
            assertTrue(navigator.getContentDescription().endsWith("carol: 0 of 2 done · 1 in progress · 1 not started"),
                    navigator.getContentDescription());
            navigator.setAssignedToMeOnly(true);
            waitUntil("listed", () -> !navigator.isSearching(), 30_000);
            assertEquals(Set.of(doc0, doc1), navigator.visibleDocuments().stream().map(DocumentRow::id)
                    .collect(Collectors.toSet()), "only carol's documents are listed");
            navigator.setAssignedToMeOnly(false);
            waitUntil("listed", () -> !navigator.isSearching(), 30_000);
            assertEquals(5, navigator.visibleDocuments().size());

            // blind annotation: carol's editor holds carol's three spans, none of alice's or bob's
            AnnotationEditor own = EditorDriver.open(store.directory(), doc0);
            List<Span> spans = own.state().layer().spans();
            assertEquals(3, spans.size(), "carol's own layer: " + spans);
            String text = store.document(doc0).orElseThrow().text();
            assertTrue(spans.stream().noneMatch(s -> text.substring(s.start(), s.end()).equals("Lloyd Austin")),
                    "alice's and bob's Lloyd Austin is not shown to carol");
            page().closeAllEditors(false);

            // Curate on the navigator's selection opens the curation editor over all three annotators
            page().activate(navigator);
            DocumentRow row = navigator.documents().stream().filter(r -> r.id().equals(doc0)).findFirst().orElseThrow();
            navigator.viewer().setSelection(new StructuredSelection(row), true);
            EditorDriver.settle(200);
            navigator.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                    .executeCommand("aurum.editor.curate", null);
            waitUntil("the curation editor is loaded", () -> page().getActiveEditor() instanceof CurationEditor editor
                    && editor.isLoaded() && editor.commands() != null, 30_000);
            CurationEditor curation = (CurationEditor) page().getActiveEditor();
            assertEquals(List.of("alice", "bob", "carol"), curation.commands().annotators());
            assertEquals(3, curation.commands().openCount());
        } finally {
            page().closeAllEditors(false);
            AnnotatorPreference.restore(annotator);
            if (original != null) {
                navigator.showCorpus(original);
                waitUntil("the navigator is back on the startup corpus",
                        () -> navigator.store() == original && navigator.assignments().isEmpty(), 30_000);
            }
        }
    }
}
