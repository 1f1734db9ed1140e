package aurum.editor.corpus;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import aurum.core.model.LayerOwner;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;
import aurum.labels.corpus.CorpusLabelSet;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.format.LabelSetFormatException;
import aurum.labels.recognizer.RecognitionCancelledException;
import aurum.labels.registry.LabelSetRegistry;
import aurum.labels.registry.RecognizerDescriptor;
import aurum.labels.registry.RecognizerRegistry;
import aurum.labels.suggest.SuggestReport;
import aurum.labels.suggest.SuggestionRun;

/**
 * Annotate &gt; Suggest Spans: runs the installed recognizers of the corpus's label set over some documents
 * and stores their proposals as suggested spans in the annotator's own layer, where the editor shows them
 * to accept or reject. What `aurum suggest` does, as a job with progress and cancel; layers saved before
 * a cancel stay saved. A document open in an annotation editor gets its suggestions in the editor, as one
 * undoable edit ({@link EditorLayers}), so its undo history stays.
 */
public final class SuggestSpansJob extends Job {

    private final CorpusStore store;
    private final List<String> documentIds;
    private final String annotator;
    private final Display display;
    private final Consumer<String> done;

    /**
     * @param store       the corpus
     * @param documentIds the documents to suggest in; empty for all of them
     * @param annotator   whose layer receives the suggestions
     * @param display     where {@code done} runs
     * @param done        told a one-line summary on the UI thread when the job ends, however it ends
     */
    public SuggestSpansJob(CorpusStore store, List<String> documentIds, String annotator, Display display,
            Consumer<String> done) {
        super(documentIds.size() == 1 ? "Suggesting spans in " + documentIds.get(0)
                : "Suggesting spans in " + (documentIds.isEmpty() ? "every document of " + store.settings().name()
                        : documentIds.size() + " documents"));
        this.store = store;
        this.documentIds = List.copyOf(documentIds);
        this.annotator = annotator;
        this.display = display;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        String[] summary = {"Suggest Spans did not run"};
        try {
            CorpusLabelSet labels = new CorpusLabelSets(service(LabelSetRegistry.class)).resolve(store);
            String labelSetId = labels.labelSet().id();
            List<RecognizerDescriptor> recognizers = service(RecognizerRegistry.class).forLabelSet(labelSetId);
            if (recognizers.isEmpty()) {
                summary[0] = "No recognizer is installed for label set " + labels.labelSet().ref();
                return Status.warning(summary[0] + ". Install a plugin that contributes one (docs/PLUGINS.md).");
            }
            List<String> ids = documentIds.isEmpty()
                    ? store.documents().stream().map(DocumentInfo::id).toList() : documentIds;
            MonitorProgress progress = new MonitorProgress(monitor, getName());
            LayerOwner owner = LayerOwner.annotator(annotator);
            SuggestReport report = new SuggestionRun(store, labels.labelSet(), owner,
                    new EditorLayers(display, store.directory(), owner))
                    .run(recognizers, ids, progress::worked, progress::isCancelled);
            summary[0] = describe(report);
            return status(report);
        } catch (RecognitionCancelledException e) {
            summary[0] = "Suggest Spans cancelled; documents finished before the cancel keep their suggestions";
            return Status.CANCEL_STATUS;
        } catch (LabelSetFormatException | CorpusStoreException | IllegalStateException e) {
            summary[0] = "Suggest Spans stopped: " + e.getMessage();
            return Status.error(summary[0] + " Documents finished before the problem keep their suggestions.", e);
        } finally {
            if (!display.isDisposed()) {
                display.asyncExec(() -> done.accept(summary[0]));
            }
        }
    }

    private String describe(SuggestReport report) {
        String perLabel = report.addedByLabel().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return report.added() + " new suggestions" + (perLabel.isEmpty() ? "" : " (" + perLabel + ")") + " in "
                + report.documents() + (report.documents() == 1 ? " document" : " documents") + " for " + annotator
                + "; " + report.kept() + " already there, " + report.withdrawn() + " withdrawn";
    }

    private IStatus status(SuggestReport report) {
        if (report.failures().isEmpty()) {
            return Status.OK_STATUS;
        }
        MultiStatus status = new MultiStatus(SuggestSpansJob.class, 0, "Some recognizers failed; the others' "
                + "suggestions were stored. See the details and the error log.");
        report.failures().forEach(f -> status.add(Status.warning(f)));
        return status;
    }

    /** An OSGi service this job needs; the registries are DS components of aurum.labels. */
    private static <S> S service(Class<S> type) {
        AtomicReference<S> found = new AtomicReference<>();
        ServiceCaller.callOnce(SuggestSpansJob.class, type, found::set);
        if (found.get() == null) {
            throw new IllegalStateException("the " + type.getSimpleName() + " service is not running;"
                    + " check that the aurum.labels bundle is installed and active");
        }
        return found.get();
    }
}
