package aurum.editor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import aurum.core.model.LabelSetRef;
import aurum.corpus.importer.ImportException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.editor.internal.session.LabelSetResolver;
import aurum.labels.corpus.ImportedLabelSet;

/**
 * Opens the corpus for a folder the user named: the folder itself when it is a corpus, else the
 * workspace corpus imported from it before, else a new workspace corpus imported now. A new corpus is
 * imported into a hidden folder and renamed into place only when complete, so a cancelled or failed
 * import never leaves a half corpus that a later start would re-use.
 */
public final class OpenCorpusJob extends Job {

    /** The label set new corpora are annotated with, as the command line's import chooses. */
    public static final LabelSetRef DEFAULT_LABEL_SET = new LabelSetRef("news", "2.0.0");

    private final Path source;
    private final Path workspace;
    private final Display display;
    private final Consumer<CorpusStore> opened;
    private final LabelSetChoice labelSet;

    /**
     * Opens {@code source}, importing it with the {@link #DEFAULT_LABEL_SET} when it is not a corpus.
     *
     * @param source    a corpus folder, or documents to import
     * @param workspace the workspace folder (where {@code corpora/} lives)
     * @param display   where {@code opened} runs
     * @param opened    told the open store, on the UI thread
     */
    public OpenCorpusJob(Path source, Path workspace, Display display, Consumer<CorpusStore> opened) {
        this(source, workspace, display, opened, new LabelSetChoice(DEFAULT_LABEL_SET));
    }

    /**
     * Opens {@code source}, importing it with {@code labelSet} when it is not a corpus.
     *
     * @param labelSet the new corpus's label set: an installed one, or its own made from the imported labels
     */
    public OpenCorpusJob(Path source, Path workspace, Display display, Consumer<CorpusStore> opened,
            LabelSetChoice labelSet) {
        super("Opening corpus " + source.getFileName());
        this.source = source;
        this.workspace = workspace;
        this.display = display;
        this.opened = opened;
        this.labelSet = labelSet;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            CorpusLocation location = CorpusLocation.resolve(source, workspace, OpenCorpusJob::importedFrom);
            if (location.needsImport()) {
                if (!Files.exists(source)) {
                    return Status.error("Cannot open " + source + ": there is no such folder. Start with -corpus"
                            + " naming a corpus folder (with corpus.json) or a folder of text files.");
                }
                IStatus imported = importInto(location, monitor);
                if (!imported.isOK()) {
                    return imported;
                }
            }
            CorpusStore store = CorpusStore.open(location.corpus());
            if (!display.isDisposed()) {
                display.asyncExec(() -> opened.accept(store));
            }
            return Status.OK_STATUS;
        } catch (CorpusStoreException | ImportException e) {
            return Status.error("Cannot open the corpus for " + source + ": " + e.getMessage(), e);
        } catch (IOException e) {
            return Status.error("Cannot create the workspace corpus for " + source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // never "An internal error occurred": say what failed, in words, and keep the details in the log
            return Status.error("Cannot open the corpus for " + source + ": " + UserMessages.describe(e)
                    + ". Nothing was imported; the details are in the error log.", e);
        }
    }

    private IStatus importInto(CorpusLocation location, IProgressMonitor monitor)
            throws IOException, ImportException {
        Path target = location.corpus();
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling("." + target.getFileName() + ".importing-" + UUID.randomUUID());
        boolean done = false;
        try {
            CorpusStore store = CorpusStore.create(temp, new CorpusSettings(target.getFileName().toString(),
                    labelSet.installed(), Map.of(CorpusLocation.IMPORTED_FROM, location.source().toString())));
            StoreImport run = new StoreImport(store, LabelSetResolver.declared(store).orElse(null));
            run.run(location.source(), new MonitorProgress(monitor, "Importing " + location.source()));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            if (labelSet.createsOwn()) {
                ImportedLabelSet.createFor(store, Optional.empty(), CorpusLocation.folderName(target));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            return Status.OK_STATUS;
        } finally {
            if (!done) {
                deleteTree(temp);
            }
        }
    }

    /** The folder a workspace corpus was imported from, or null when unreadable. */
    static String importedFrom(Path corpus) {
        try {
            return CorpusStore.open(corpus).settings().settings().get(CorpusLocation.IMPORTED_FROM);
        } catch (CorpusStoreException e) {
            return null;
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover hidden folder is harmless: it is never opened as a corpus
        }
    }
}
