package aurum.editor.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import aurum.core.model.LabelSet;
import aurum.corpus.importer.ImportException;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.internal.session.LabelSetResolver;
import aurum.labels.corpus.CorpusLabelSets;
import aurum.labels.corpus.ImportedLabelSet;
import aurum.labels.format.LabelSetFormatException;

/**
 * File &gt; Import: adds files or folders to the open corpus, then tells the navigator to re-read it. The
 * warnings (what was left out, per kind) go to the corpus's import report, as {@code aurum import} writes it,
 * and the summary says where it is.
 */
public final class ImportDocumentsJob extends Job {

    private final CorpusStore store;
    private final List<Path> sources;
    private final Display display;
    private final Consumer<ImportSummary> done;
    private Path report;

    /**
     * @param store   the open corpus
     * @param sources files or folders to import
     * @param display where {@code done} runs
     * @param done    told the summary on the UI thread, also after a cancel or failure (what was stored stays)
     */
    public ImportDocumentsJob(CorpusStore store, List<Path> sources, Display display, Consumer<ImportSummary> done) {
        super("Importing " + sources.size() + (sources.size() == 1 ? " source" : " sources") + " into "
                + store.settings().name());
        this.store = store;
        this.sources = List.copyOf(sources);
        this.display = display;
        this.done = done;
        setUser(true);
    }

    /** The labels the corpus's spans use that its label set lacks; empty when that cannot be told. */
    private SortedSet<String> missingLabels() {
        try {
            LabelSet labels = new CorpusLabelSets(InstalledLabelSets::list).resolve(store).labelSet();
            return ImportedLabelSet.missing(ImportedLabelSet.usedLabels(store), Optional.of(labels));
        } catch (LabelSetFormatException e) {
            // no usable label set: every label is missing, and validation says so with the reason
            try {
                return ImportedLabelSet.usedLabels(store);
            } catch (CorpusStoreException unreadable) {
                return new TreeSet<>();
            }
        } catch (CorpusStoreException e) {
            return new TreeSet<>();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, sources.size());
        StoreImport run = new StoreImport(store, declaredLabelSet());
        try {
            for (Path source : sources) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                run.run(source, new MonitorProgress(progress.split(1), "Importing " + source.getFileName()));
            }
            return Status.OK_STATUS;
        } catch (ImportException | CorpusStoreException e) {
            Path written = writeReport(run.summary());
            return Status.error("Import stopped: " + e.getMessage() + " Documents imported before the problem are kept."
                    + (written != null ? " The warnings until then are listed in " + written + "." : ""), e);
        } catch (RuntimeException e) {
            return Status.error("Import stopped: " + UserMessages.describe(e) + ". Documents imported before the"
                    + " problem are kept; the details are in the error log.", e);
        } finally {
            ImportSummary summary = run.summary().spans() == 0 ? run.summary()
                    : run.summary().withMissingLabels(missingLabels());
            summary = summary.withReport(writeReport(summary));
            ImportSummary told = summary;
            if (!display.isDisposed()) {
                display.asyncExec(() -> done.accept(told));
            }
        }
    }

    /**
     * Writes the warnings to the corpus's import reports, where {@code aurum import} writes them (once per run: the
     * failure path and the summary share the file); {@code null} when there are none or it cannot be written.
     */
    private Path writeReport(ImportSummary summary) {
        if (report != null || summary.warnings().isEmpty()) {
            return report;
        }
        try {
            report = summary.toReport().writeInto(store.directory());
        } catch (IOException e) {
            ILog.of(getClass()).warn("The import report could not be written to " + store.directory() + ": "
                    + e.getMessage(), e);
        }
        return report;
    }

    /** The label set whose attributes imported spans may keep, or null (keep all) when it cannot be read. */
    private LabelSet declaredLabelSet() {
        try {
            return LabelSetResolver.declared(store).orElse(null);
        } catch (CorpusStoreException e) {
            ILog.of(getClass()).warn("Importing without checking attributes against the label set: " + e.getMessage(), e);
            return null;
        }
    }
}
