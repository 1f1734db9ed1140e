package aurum.editor.internal.session;

import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import aurum.core.model.Layer;
import aurum.corpus.store.CorpusStoreException;

/**
 * Follows the layer file on disk so that changes made by the command line or a {@code git pull} show up
 * in the open editor. A system job polls the file's stamp (cheap: one stat call) and, when it differs
 * from what the session last read or wrote, loads the layer off the UI thread and hands it over. Polling
 * rather than a WatchService because the layer's folder may not exist yet and git replaces whole folders.
 */
public final class LayerWatcher extends Job {

    private static final long PERIOD_MILLIS = 700;

    private final LayerSession session;
    private final BiConsumer<Layer, FileStamp> onLoaded;
    private final BiConsumer<FileStamp, CorpusStoreException> onFailure;
    private volatile FileStamp failedStamp;
    private volatile boolean stopped;

    /**
     * @param onLoaded  called from the job's thread with a layer loaded from disk; hand it to the UI thread
     * @param onFailure called when the changed file cannot be loaded (e.g. half-merged by git)
     */
    public LayerWatcher(LayerSession session, BiConsumer<Layer, FileStamp> onLoaded,
            BiConsumer<FileStamp, CorpusStoreException> onFailure) {
        super("Following " + session.file().getFileName());
        this.session = session;
        this.onLoaded = onLoaded;
        this.onFailure = onFailure;
        setSystem(true);
    }

    /** Starts polling. */
    public void start() {
        schedule(PERIOD_MILLIS);
    }

    /** Stops polling for good. */
    public void stop() {
        stopped = true;
        cancel();
    }

    /** Checks the file now, on the calling thread; for tests and for "reload" after activation. */
    public void checkNow() {
        FileStamp current = FileStamp.ofLayer(session.file());
        if (current.equals(session.knownStamp()) || current.equals(failedStamp) || current == FileStamp.MISSING) {
            return;
        }
        try {
            Layer loaded = session.loadFromDisk();
            FileStamp after = FileStamp.ofLayer(session.file());
            if (after.equals(current)) {
                onLoaded.accept(loaded, current);
            }
        } catch (CorpusStoreException e) {
            failedStamp = current;
            onFailure.accept(current, e);
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (stopped) {
            return Status.CANCEL_STATUS;
        }
        checkNow();
        if (!stopped) {
            schedule(PERIOD_MILLIS);
        }
        return Status.OK_STATUS;
    }
}
