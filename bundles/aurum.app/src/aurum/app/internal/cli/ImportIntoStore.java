package aurum.app.internal.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.StoredDocument;

/**
 * Stores imported documents as they arrive through one {@link DocumentBatch} (grouped, durable writes);
 * their spans go to the importing annotator's layer unless that layer already has spans (so importing
 * twice never doubles them). Span layers wait until their documents' group is written, then are saved
 * one by one. {@link #close} writes what is left and updates the corpus's near-duplicate clusters.
 */
final class ImportIntoStore implements ImportSink, AutoCloseable {

    private record PendingSpans(String id, List<Span> spans) {
    }

    private final CorpusStore store;
    private final DocumentBatch batch;
    private final List<PendingSpans> pendingSpans = new ArrayList<>();
    private final LayerOwner owner;
    private final ProgressLine progress;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int added;
    private int present;
    private long spans;

    ImportIntoStore(CorpusStore store, String annotator, ProgressLine progress) throws CorpusStoreException {
        this.store = store;
        this.batch = store.batch();
        this.owner = LayerOwner.annotator(annotator);
        this.progress = progress;
    }

    @Override
    public void accept(ImportedDocument imported) {
        try {
            String wanted = imported.document().id();
            StoredDocument stored = batch.add(imported.document(), imported.boilerplate());
            if (stored.added() && stored.id().equals(wanted)) {
                added++;
            } else {
                present++;
            }
            warnings.addAll(imported.warnings());
            if (!imported.spans().isEmpty()) {
                pendingSpans.add(new PendingSpans(stored.id(), imported.spans()));
                if (pendingSpans.size() >= DocumentBatch.GROUP_DOCUMENTS) {
                    saveSpans();
                }
            }
        } catch (CorpusStoreException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the queued documents, then the span layers waiting for them. */
    private void saveSpans() throws CorpusStoreException {
        batch.flush();
        for (PendingSpans p : pendingSpans) {
            Layer layer = store.loadLayer(p.id(), owner);
            if (layer.size() == 0) {
                long revision = layer.revision();
                layer.addAll(p.spans());
                store.saveLayer(layer, revision);
                spans += p.spans().size();
            }
        }
        pendingSpans.clear();
    }

    /** Writes everything queued and updates clusters.json; durable when it returns. */
    @Override
    public void close() throws CorpusStoreException {
        saveSpans();
        progress.status("writing the last documents and updating near-duplicate clusters");
        batch.close();
    }

    @Override
    public void warning(ImportWarning warning) {
        warnings.add(warning);
    }

    ProgressLine progress() {
        return progress;
    }

    List<ImportWarning> warnings() {
        return warnings;
    }

    int added() {
        return added;
    }

    int present() {
        return present;
    }

    long spans() {
        return spans;
    }
}
