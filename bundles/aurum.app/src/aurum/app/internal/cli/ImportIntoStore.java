package aurum.app.internal.cli;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Stores imported documents as they arrive; their spans go to the importing annotator's layer unless that
 * layer already has spans (so importing twice never doubles them).
 */
final class ImportIntoStore implements ImportSink {

    private final CorpusStore store;
    private final LayerOwner owner;
    private final ProgressLine progress;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int added;
    private int present;
    private long spans;

    ImportIntoStore(CorpusStore store, String annotator, ProgressLine progress) {
        this.store = store;
        this.owner = LayerOwner.annotator(annotator);
        this.progress = progress;
    }

    @Override
    public void accept(ImportedDocument imported) {
        try {
            String wanted = imported.document().id();
            boolean existed = store.document(wanted).isPresent();
            String id = store.addDocument(imported.document());
            if (!existed && id.equals(wanted)) {
                added++;
            } else {
                present++;
            }
            warnings.addAll(imported.warnings());
            if (!imported.spans().isEmpty()) {
                Layer layer = store.loadLayer(id, owner);
                if (layer.size() == 0) {
                    long revision = layer.revision();
                    layer.addAll(imported.spans());
                    store.saveLayer(layer, revision);
                    spans += imported.spans().size();
                }
            }
        } catch (CorpusStoreException e) {
            throw new UncheckedIOException(e);
        }
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
