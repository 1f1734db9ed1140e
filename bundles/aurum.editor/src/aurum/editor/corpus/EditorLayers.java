package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.annotation.AnnotationEditor;
import aurum.labels.suggest.OpenLayers;
import aurum.labels.suggest.SuggestionPlan;

/**
 * The annotation editors of the workbench as the {@link OpenLayers} of a suggestion run: a document whose
 * layer an editor shows gets its suggestions in that editor, as one undoable edit on the UI thread, so the
 * editor does not mistake the run's change for one made outside (a reload that clears the undo history).
 */
final class EditorLayers implements OpenLayers {

    /** How long the list of open documents is trusted before the UI thread is asked again. */
    private static final long OPEN_LIST_MILLIS = 500;

    private final Display display;
    private final Path corpus;
    private final LayerOwner owner;
    /** The documents of this run's layer open in an editor, as of {@link #listedAt}; asked on the UI thread. */
    private Set<String> open;
    private long listedAt;

    /**
     * @param display the workbench's display
     * @param corpus  the corpus folder of the run
     * @param owner   the layer the run writes
     */
    EditorLayers(Display display, Path corpus, LayerOwner owner) {
        this.display = display;
        this.corpus = corpus.toAbsolutePath().normalize();
        this.owner = owner;
    }

    @Override
    public Optional<SuggestionPlan> merge(String documentId, Function<Layer, SuggestionPlan> planner)
            throws CorpusStoreException {
        if (display.isDisposed() || !isOpen(documentId)) {
            return Optional.empty();
        }
        AtomicReference<Optional<SuggestionPlan>> result = new AtomicReference<>(Optional.empty());
        AtomicReference<String> refused = new AtomicReference<>();
        display.syncExec(() -> editor(documentId).ifPresent(editor -> {
            SuggestionPlan plan = planner.apply(editor.state().layer());
            if (plan.changesLayer() && !editor.editing().takeSuggestions(plan)) {
                refused.set(editor.getTitle());
            }
            result.set(Optional.of(plan));
        }));
        if (refused.get() != null) {
            throw new CorpusStoreException("the editor of " + refused.get() + " could not store its suggestions;"
                    + " its banner says why");
        }
        return result.get();
    }

    /**
     * Whether an editor may show the layer of {@code documentId}: asks the UI thread at most every
     * {@value #OPEN_LIST_MILLIS} ms, not once per document, which over a large corpus would cost a UI round
     * trip each. An editor opened in between reads the layer from disk after the run saved it, or notices
     * the save as a change from outside, as before.
     */
    private boolean isOpen(String documentId) {
        long now = System.nanoTime() / 1_000_000;
        if (open == null || now - listedAt > OPEN_LIST_MILLIS) {
            AtomicReference<Set<String>> ids = new AtomicReference<>(Set.of());
            display.syncExec(() -> ids.set(editors().stream().map(e -> e.documentInput().documentId())
                    .collect(Collectors.toUnmodifiableSet())));
            open = ids.get();
            listedAt = now;
        }
        return open.contains(documentId);
    }

    /** The loaded annotation editor that shows this run's layer of {@code documentId}; on the UI thread. */
    private Optional<AnnotationEditor> editor(String documentId) {
        return editors().stream().filter(e -> documentId.equals(e.documentInput().documentId())).findFirst();
    }

    /** The loaded annotation editors of this run's corpus and layer; on the UI thread. */
    private List<AnnotationEditor> editors() {
        List<AnnotationEditor> editors = new ArrayList<>();
        if (!PlatformUI.isWorkbenchRunning()) {
            return editors;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.isLoaded()
                            && corpus.equals(editor.documentInput().corpus().toAbsolutePath().normalize())
                            && owner.equals(editor.state().layer().owner())) {
                        editors.add(editor);
                    }
                }
            }
        }
        return editors;
    }
}
