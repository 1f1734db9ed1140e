package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

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

    private final Display display;
    private final Path corpus;
    private final LayerOwner owner;

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
        AtomicReference<Optional<SuggestionPlan>> result = new AtomicReference<>(Optional.empty());
        AtomicReference<String> refused = new AtomicReference<>();
        if (display.isDisposed()) {
            return Optional.empty();
        }
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

    /** The loaded annotation editor that shows this run's layer of {@code documentId}; on the UI thread. */
    private Optional<AnnotationEditor> editor(String documentId) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return Optional.empty();
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    if (reference.getEditor(false) instanceof AnnotationEditor editor && editor.isLoaded()
                            && documentId.equals(editor.documentInput().documentId())
                            && corpus.equals(editor.documentInput().corpus().toAbsolutePath().normalize())
                            && owner.equals(editor.state().layer().owner())) {
                        return Optional.of(editor);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
