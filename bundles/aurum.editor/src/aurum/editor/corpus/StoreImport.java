package aurum.editor.corpus;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Imports files or folders into a corpus store, choosing the importer by the source's format. Spans
 * that come with the documents go to the {@value #IMPORT_ANNOTATOR} layer unless it already has spans,
 * so importing twice changes nothing. Headless; the jobs call it.
 */
public final class StoreImport {

    /** The annotator imported spans are stored under, as the command line does. */
    public static final String IMPORT_ANNOTATOR = "import";

    private final CorpusStore store;
    private final LayerOwner owner = LayerOwner.annotator(IMPORT_ANNOTATOR);
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int added;
    private int present;
    private long spans;

    /** @param store where the documents go */
    public StoreImport(CorpusStore store) {
        this.store = store;
    }

    /**
     * Imports {@code source}.
     *
     * @throws ImportException if no importer reads it, or it is malformed; the message names the file
     * @throws CorpusStoreException if the store cannot be written
     */
    public void run(Path source, ImportProgress progress) throws ImportException, CorpusStoreException {
        Importer importer = Importers.forSource(source).orElseThrow(() -> ImportException.atLine(
                source.toString(), 0, 0, "not a format Aurum imports",
                "choose text files or folders, a .zip, .jsonl, brat .txt/.ann or CoNLL files"));
        try {
            importer.read(source, new ImportSink() {
                @Override
                public void accept(ImportedDocument document) {
                    try {
                        store(document);
                    } catch (CorpusStoreException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void warning(ImportWarning warning) {
                    warnings.add(warning);
                }
            }, progress);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CorpusStoreException stored) {
                throw stored;
            }
            throw e;
        }
    }

    private void store(ImportedDocument imported) throws CorpusStoreException {
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
            if (layer.isEmpty()) {
                long revision = layer.revision();
                layer.addAll(imported.spans());
                store.saveLayer(layer, revision);
                spans += imported.spans().size();
            }
        }
    }

    /** What has been imported so far. */
    public ImportSummary summary() {
        return new ImportSummary(added, present, spans, List.copyOf(warnings));
    }
}
