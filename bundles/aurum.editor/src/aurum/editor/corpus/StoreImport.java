package aurum.editor.corpus;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import aurum.core.model.LabelSet;
import aurum.corpus.importer.DeclaredAttributes;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportProgress;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.ImportedLabels;
import aurum.corpus.importer.ImportedLayers;
import aurum.corpus.importer.Importer;
import aurum.corpus.importer.Importers;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;

/**
 * Imports files or folders into a corpus store, choosing the importer by the source's format. The
 * annotations that come with the documents go where {@link ImportedLayers} puts them, marked DONE (they are
 * the source's finished annotation, so an export without a chosen layer takes them when no other annotator
 * worked on the corpus): the {@value #IMPORT_ANNOTATOR} layer, or a numbered one beside it when the same text
 * came with other annotations; importing twice changes nothing. Headless; the jobs call it.
 */
public final class StoreImport {

    /** The annotator imported spans are stored under, as the command line does. */
    public static final String IMPORT_ANNOTATOR = "import";

    private final CorpusStore store;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int added;
    private int present;
    private long spans;

    private final LabelSet labelSet;
    private final ImportedLabels labels = new ImportedLabels();

    /** @param store where the documents go; every attribute the importers read is kept */
    public StoreImport(CorpusStore store) {
        this(store, null);
    }

    /**
     * @param store where the documents go
     * @param labelSet the corpus's label set: attributes it does not declare are taken off the spans and
     *        counted ({@link DeclaredAttributes}); {@code null} to keep every attribute
     */
    public StoreImport(CorpusStore store, LabelSet labelSet) {
        this.store = store;
        this.labelSet = labelSet;
    }

    /**
     * Imports {@code source}.
     *
     * @throws ImportException if no importer reads it, or it is malformed; the message names the file
     * @throws CorpusStoreException if the store cannot be written
     */
    public void run(Path source, ImportProgress progress) throws ImportException, CorpusStoreException {
        if (Files.isDirectory(source)) {
            // brat pairs, texts, then each JSON lines, CoNLL and zip file; a brat pair's text is stored once
            run((folder, sink, monitor) -> FolderImport.read(folder, sink, monitor, true), source, progress);
            return;
        }
        Importer importer = Importers.forSource(source).orElseThrow(() -> ImportException.atLine(
                source.toString(), 0, 0, "not a format Aurum imports",
                "choose text files or folders, a .zip, .jsonl, brat .txt/.ann or CoNLL files"));
        run(importer::read, source, progress);
    }

    /** Reads a source into a sink: an importer, or a whole folder. */
    @FunctionalInterface
    private interface Reading {
        void read(Path source, ImportSink sink, ImportProgress progress) throws ImportException;
    }

    private void run(Reading reading, Path source, ImportProgress progress) throws ImportException, CorpusStoreException {
        try {
            reading.read(source, new ImportSink() {
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

    private void store(ImportedDocument document) throws CorpusStoreException {
        labels.add(document);
        ImportedDocument imported = labelSet == null ? document : DeclaredAttributes.keep(document, labelSet);
        String wanted = imported.document().id();
        boolean existed = store.document(wanted).isPresent();
        String id = store.addDocument(imported.document());
        if (!existed && id.equals(wanted)) {
            added++;
        } else {
            present++;
        }
        warnings.addAll(imported.warnings());
        ImportedLayers.Placement placed = ImportedLayers.store(store, id, imported, IMPORT_ANNOTATOR);
        spans += placed.spans();
        if (placed.outcome() == ImportedLayers.Outcome.STORED_IN_ANOTHER_LAYER) {
            String source = imported.document().metadata().sourceFile();
            warnings.add(new ImportWarning(source != null ? source : wanted, 0, "the corpus holds this text already as"
                    + " document '" + id + "' with other annotations; these " + placed.spans() + " span(s) were stored"
                    + " beside them as " + placed.owner().describe()));
        }
    }

    /** The labels and attributes the imported spans carried, before attributes were filtered. */
    public ImportedLabels labels() {
        return labels;
    }

    /** What has been imported so far. */
    public ImportSummary summary() {
        return new ImportSummary(added, present, spans, List.copyOf(warnings));
    }
}
