package aurum.editor.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

import aurum.core.model.LayerOwner;
import aurum.corpus.lifecycle.DocumentLifecycle;
import aurum.corpus.lifecycle.StateChange;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.annotation.AnnotationEditor;
import aurum.editor.curation.CurationEditor;

/**
 * Mark Done and Reopen on several documents at once (the Corpus view's selection), for one annotator. A
 * document open in that annotator's editor changes there, as one undoable step of its editor, so the
 * editor never meets its layer changed behind its back; the others change in a job through the headless
 * {@link DocumentLifecycle}.
 */
public final class DocumentStateActions {

    private DocumentStateActions() {
    }

    /**
     * Marks {@code ids} of {@code store} done ({@code finish}) or reopens them for {@code annotator}; tells
     * {@code done} a one-line summary on the UI thread at the end (also when it failed).
     *
     * @return the job changing the documents that are not open, or null when every one was open
     */
    public static Job change(IWorkbenchPage page, CorpusStore store, String annotator, List<String> ids,
            boolean finish, Consumer<String> done) {
        List<String> rest = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (String id : ids) {
            (openEditor(page, store.directory(), id, annotator) == null ? rest : open).add(id);
        }
        if (rest.isEmpty()) {
            done.accept(summary(finish, inEditors(page, store, annotator, open, finish), ids.size()));
            return null;
        }
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        Job job = Job.create((finish ? "Marking documents done" : "Reopening documents"), (IProgressMonitor m) -> {
            try {
                DocumentLifecycle lifecycle = new DocumentLifecycle(store);
                LayerOwner owner = LayerOwner.annotator(annotator);
                List<StateChange> changes = finish ? lifecycle.finish(owner, rest) : lifecycle.reopen(owner, rest);
                long changed = changes.stream().filter(StateChange::changed).count();
                // the open documents change in their editors after this job's writes, so that the corpus index,
                // which follows this job's writes itself, finds the editors' writes by their folder times
                display.asyncExec(() -> done.accept(summary(finish, changed + inEditors(page, store, annotator, open,
                        finish), ids.size())));
            } catch (CorpusStoreException e) {
                display.asyncExec(() -> done.accept((finish ? "Marking done" : "Reopening") + " failed: " + e.getMessage()));
            } catch (RuntimeException e) {
                display.asyncExec(() -> done.accept((finish ? "Marking done" : "Reopening") + " failed: "
                        + UserMessages.describe(e)));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    /**
     * Changes the documents open in editors, each as one undoable step of its editor, and waits (briefly) until
     * their writers stored the change, so that whoever reads the corpus next sees it.
     *
     * @return how many changed
     */
    private static long inEditors(IWorkbenchPage page, CorpusStore store, String annotator, List<String> ids,
            boolean finish) {
        long changed = 0;
        for (String id : ids) {
            AnnotationEditor editor = openEditor(page, store.directory(), id, annotator);
            if (editor != null && (finish ? editor.lifecycle().markDone() : editor.lifecycle().reopen())) {
                changed++;
                editor.state().session().awaitSaved(SAVE_WAIT_MILLIS);
            }
        }
        return changed;
    }

    /** How long marking a document open in an editor waits for its writer: a journal line takes milliseconds. */
    private static final long SAVE_WAIT_MILLIS = 5_000;

    /** The annotation editor (not curation) of {@code annotator} open on that document, loaded, or null. */
    public static AnnotationEditor openEditor(IWorkbenchPage page, Path corpus, String id, String annotator) {
        Path dir = corpus.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof AnnotationEditor editor && !(part instanceof CurationEditor) && editor.isLoaded()
                    && editor.annotator().equals(annotator) && editor.documentInput().documentId().equals(id)
                    && editor.documentInput().corpus().equals(dir)) {
                return editor;
            }
        }
        return null;
    }

    static String summary(boolean finish, long changed, long asked) {
        long unchanged = asked - changed;
        String verb = finish ? "marked done" : "reopened";
        String text = String.format(Locale.ROOT, "%d document%s %s", changed, changed == 1 ? "" : "s", verb);
        if (unchanged > 0) {
            text += String.format(Locale.ROOT, "; %d %s %s", unchanged, unchanged == 1 ? "was" : "were",
                    finish ? "done already" : "not marked done");
        }
        return text + ".";
    }
}
