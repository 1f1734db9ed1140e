package aurum.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aurum.core.model.LayerState;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.DocumentBatch;
import aurum.editor.corpus.CorpusLocation;
import aurum.editor.corpus.OpenCorpusJob;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.input.CorpusDocumentInput;
import aurum.editor.model.AnnotatedDocument;
import aurum.editor.navigator.CorpusNavigatorView;
import aurum.editor.navigator.DocumentRow;
import aurum.editor.preferences.AurumPreferences;

/** The corpus navigator on the sample corpus the workbench started with: filter, open requests, import on start. */
class CorpusNavigatorTest {

    private static final Path SAMPLES = Path.of(System.getProperty("aurum.samples", "../../samples"))
            .resolve("us-japan-defense");

    private CorpusNavigatorView navigator;

    @BeforeEach
    void waitForCorpus() {
        navigator = (CorpusNavigatorView) Ui.page().findView(CorpusNavigatorView.ID);
        assertNotNull(navigator);
        assertTrue(Ui.waitUntil(() -> navigator.documents().size() == 5, 30_000), "the sample corpus was read");
        filter("");
    }

    /** Types {@code text} into the filter box and waits for the index to list what it lets through. */
    private void filter(String text) {
        navigator.setFilter(text);
        assertTrue(Ui.waitUntil(() -> !navigator.isSearching(), 30_000), "listed for " + text);
        Ui.settle();
    }

    @Test
    void documentsStartNewForTheAnnotatorWithNoCounts() {
        for (DocumentRow row : navigator.documents()) {
            assertEquals(LayerState.NEW, row.state(), row.id());
            assertEquals("new", row.stateText());
            assertTrue(row.labelCounts().isEmpty());
        }
        assertEquals(5, navigator.visibleDocuments().size());
    }

    @Test
    void rowsFollowEditsOnlyInTheirOwnCorpus(@TempDir Path dir) throws Exception {
        // a second corpus of the same files has the same document ids
        CorpusStore copy = CorpusStore.create(dir.resolve("copy"), CorpusSettings.of("copy", navigator.store().settings().labelSet()));
        try (DocumentBatch batch = copy.batch()) {
            Importers.plainText().read(SAMPLES, imported -> {
                try {
                    batch.add(imported.document());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, ImportProgress.NONE);
        }
        String id = navigator.documents().get(0).id();
        var preferences = InstanceScope.INSTANCE.getNode(AurumPreferences.NODE);
        String annotator = preferences.get(AurumPreferences.ANNOTATOR, null);
        preferences.put(AurumPreferences.ANNOTATOR, "navigator-test-" + System.nanoTime());
        try {
            assertTrue(Ui.waitUntil(() -> navigator.getContentDescription().contains("navigator-test"), 30_000),
                    "re-read for the new annotator: " + navigator.getContentDescription());
            tagFirstWord(copy.directory(), id);
            assertEquals(LayerState.NEW, row(id).state(), "an edit in the copy is not this corpus's");
            assertTrue(row(id).labelCounts().isEmpty());

            AnnotatedDocument own = tagFirstWord(navigator.store().directory(), id);
            assertEquals(LayerState.IN_PROGRESS, own.layer().state());
            // the row follows right after the event that made the edit (views never slow the keystroke down)
            Ui.waitUntil(() -> row(id).state() == LayerState.IN_PROGRESS, 10_000);
            assertEquals(LayerState.IN_PROGRESS, row(id).state(), "an edit in the navigator's corpus shows: "
                    + own.corpusDirectory() + " " + navigator.store().directory() + " " + own.layer().owner());
            assertEquals(1, row(id).labelCounts().values().stream().mapToInt(Integer::intValue).sum());
        } finally {
            Ui.page().closeAllEditors(false);
            AnnotatorPreference.restore(annotator);
        }
    }

    private DocumentRow row(String id) {
        return navigator.documents().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Opens document {@code id} of {@code corpus} in the annotation editor and tags its first word. */
    private static AnnotatedDocument tagFirstWord(Path corpus, String id) throws Exception {
        AnnotationEditor editor = (AnnotationEditor) Ui.page().openEditor(new CorpusDocumentInput(corpus, id, id),
                CorpusDocumentInput.EDITOR_ID);
        assertTrue(Ui.waitUntil(editor::isLoaded, 30_000), "the document is loaded");
        AnnotatedDocument document = editor.getAdapter(AnnotatedDocument.class);
        String text = editor.textWidget().getText();
        int start = 0;
        while (!Character.isLetter(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (Character.isLetter(text.charAt(end))) {
            end++;
        }
        editor.textWidget().setSelection(start, end);
        document.tagSelection(document.labelSet().labels().get(0).id());
        Ui.settle();
        return document;
    }

    @Test
    void filterMatchesTitlesAndIdsAtOnce() {
        DocumentRow first = navigator.documents().get(0);
        String word = first.title().split("\\s+")[0];
        filter(word.toUpperCase());
        assertTrue(navigator.visibleDocuments().contains(first), "title match ignores case: " + word);
        filter("003_261");
        assertEquals(List.of("003_261ee4acecaa973c"), navigator.visibleDocuments().stream().map(DocumentRow::id).toList());
        assertEquals(1, navigator.viewer().getTable().getItemCount(), "the virtual table has the listing's size");
        filter("no document says zzqxv");
        assertTrue(navigator.visibleDocuments().isEmpty());
        assertEquals(0, navigator.viewer().getTable().getItemCount());
    }

    @Test
    void filterFindsWordsInTheTextInAJob() throws Exception {
        // a word from the body of one document that is in no title or id
        String text = Files.readString(SAMPLES.resolve("002_22943c359632a2c4.txt"));
        String word = java.util.Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() > 9)
                .filter(w -> navigator.documents().stream().noneMatch(d -> d.title().toLowerCase().contains(w.toLowerCase())))
                .findFirst().orElseThrow();
        filter(word);
        assertTrue(navigator.visibleDocuments().stream().anyMatch(d -> d.id().equals("002_22943c359632a2c4")),
                "text search found " + word);
        filter("");
        assertEquals(5, navigator.visibleDocuments().size());
    }

    @Test
    void enterOnADocumentAsksToOpenItInTheAnnotationEditor() {
        List<CorpusDocumentInput> requests = new ArrayList<>();
        java.util.function.Consumer<CorpusDocumentInput> listener = requests::add;
        navigator.addOpenListener(listener);
        try {
            navigator.viewer().getTable().setSelection(1);
            navigator.viewer().getTable().notifyListeners(SWT.DefaultSelection, new Event());
            Ui.settle();
        } finally {
            navigator.removeOpenListener(listener);
        }
        assertEquals(1, requests.size());
        CorpusDocumentInput input = requests.get(0);
        DocumentRow row = navigator.documents().get(1);
        assertEquals(row.id(), input.documentId());
        assertEquals(row.title(), input.getName());
        assertEquals(navigator.store().directory(), input.corpus());
        Ui.page().closeAllEditors(false);
    }

    @Test
    void aPlainFolderIsImportedOnceAndReusedOnTheNextStart(@TempDir Path workspace) throws Exception {
        CorpusStore first = open(SAMPLES, workspace);
        assertEquals(workspace.resolve("corpora/us-japan-defense"), first.directory());
        assertEquals(5, first.documents().size());
        FileTime stamp = Files.getLastModifiedTime(first.directory().resolve("corpus.json"));
        CorpusStore second = open(SAMPLES, workspace);
        assertEquals(first.directory(), second.directory());
        assertEquals(stamp, Files.getLastModifiedTime(second.directory().resolve("corpus.json")));
        try (var entries = Files.list(workspace.resolve("corpora"))) {
            assertEquals(1, entries.count(), "no second corpus and no leftover temporary folder");
        }
        assertEquals(SAMPLES.toAbsolutePath().normalize().toString(),
                second.settings().settings().get(CorpusLocation.IMPORTED_FROM));
    }

    @Test
    void aCorpusFolderIsOpenedWhereItIs(@TempDir Path workspace) throws Exception {
        CorpusStore imported = open(SAMPLES, workspace);
        CorpusStore opened = open(imported.directory(), workspace.resolve("other"));
        assertEquals(imported.directory(), opened.directory());
        assertFalse(Files.exists(workspace.resolve("other/corpora")));
    }

    @Test
    void aMissingFolderFailsWithAMessageNamingIt(@TempDir Path workspace) throws Exception {
        Path missing = workspace.resolve("no-such-folder");
        Job job = new OpenCorpusJob(missing, workspace, Display.getCurrent(), s -> { });
        job.schedule();
        Ui.waitUntil(() -> job.getResult() != null, 10_000);
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.getResult().getMessage().contains(missing.toString()), job.getResult().getMessage());
    }

    private static CorpusStore open(Path source, Path workspace) {
        AtomicReference<CorpusStore> opened = new AtomicReference<>();
        Job job = new OpenCorpusJob(source, workspace, Display.getCurrent(), opened::set);
        job.setUser(false);
        job.schedule();
        assertTrue(Ui.waitUntil(() -> opened.get() != null || job.getResult() != null && !job.getResult().isOK(),
                30_000));
        assertNotNull(opened.get(), () -> "opened: " + job.getResult());
        return opened.get();
    }
}
