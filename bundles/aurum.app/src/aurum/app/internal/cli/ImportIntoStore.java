package aurum.app.internal.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import aurum.core.model.Document;
import aurum.core.model.LabelSet;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.importer.DeclaredAttributes;
import aurum.corpus.importer.ImportException;
import aurum.corpus.importer.ImportReport;
import aurum.corpus.importer.ImportSink;
import aurum.corpus.importer.ImportWarning;
import aurum.corpus.importer.ImportedDocument;
import aurum.corpus.importer.ImportedLabels;
import aurum.corpus.importer.ImportedLayers;
import aurum.corpus.internal.store.CorpusLayout;
import aurum.corpus.internal.store.ImportTransaction;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentIds;
import aurum.corpus.store.IdTakenException;
import aurum.corpus.store.StoredDocument;

/**
 * Stores imported documents as they arrive through one {@link DocumentBatch} (grouped, durable writes) inside an
 * {@link ImportTransaction}, so that a failure anywhere leaves the corpus as it was. Each document is checked
 * first ({@link ImportChecks}): strict imports stop at the first problem, lenient ones skip the document or span
 * and count a warning. Ids are sanitised as docs/FORMAT.md says; an id taken by another text gets a suffix
 * ({@code a_b-2}), reported with the source file. Attributes the corpus's label set does not declare are taken
 * off first and counted ({@link DeclaredAttributes}). Annotations go where {@link ImportedLayers} puts them: the
 * importing annotator's layer, an empty one for an annotated document without spans (a negative example), a
 * numbered layer beside it when the same text came with other annotations, nothing when the same annotations are
 * stored already (so importing twice never doubles them). Layers are stored marked done: they are the source's
 * finished annotation (docs/FORMAT.md, "Imported spans"). A new document's spans are written with it, in its group
 * (no layer save per document); other layers wait until their documents' group is written, then are saved one by
 * one. Every warning goes to the {@link ImportReport}.
 */
final class ImportIntoStore implements ImportSink, AutoCloseable {

    /** Bad input found while importing strictly: stops the import, which is rolled back. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private record PendingLayer(String id, ImportedDocument imported) {
    }

    private final CorpusStore store;
    private final ImportTransaction transaction;
    private final DocumentBatch batch;
    private final CorpusLayout layout;
    private final List<PendingLayer> pendingLayers = new ArrayList<>();
    private final String annotator;
    private final LabelSet labelSet;
    private final ImportedLabels labels = new ImportedLabels();
    private final ProgressLine progress;
    private final ImportChecks checks;
    private final boolean lenient;
    private final ImportReport report = new ImportReport();
    /** Ids this import stored, with the file each came from, for clash reports; these need no undo copy. */
    private final Map<String, String> addedFrom = new HashMap<>();
    private final Set<String> renamed = new HashSet<>();
    private int added;
    private int present;
    private int skipped;
    private long spans;
    private long spansDropped;
    private int otherLayers;

    /**
     * @param labelSet the corpus's label set: attributes it does not declare are taken off the spans and counted;
     *        {@code null} to keep every attribute
     */
    ImportIntoStore(CorpusStore store, ImportTransaction transaction, String annotator, ImportChecks checks,
            boolean lenient, ProgressLine progress, LabelSet labelSet) throws CorpusStoreException {
        this.store = store;
        this.transaction = transaction;
        this.batch = store.batch();
        this.layout = new CorpusLayout(store.directory());
        this.annotator = annotator;
        this.labelSet = labelSet;
        this.checks = checks;
        this.lenient = lenient;
        this.progress = progress;
    }

    @Override
    public void accept(ImportedDocument document) {
        labels.add(document);
        ImportedDocument imported = labelSet == null ? document : DeclaredAttributes.keep(document, labelSet);
        try {
            ImportedDocument checked = checked(imported);
            if (checked == null) {
                return;
            }
            String file = ImportChecks.source(checked);
            StoredDocument stored = add(checked, file);
            if (stored.added()) {
                added++;
                addedFrom.put(stored.id(), file);
            } else {
                present++;
            }
            report.addAll(checked.warnings());
            if (stored.added() && withFirstLayer(checked)) {
                spans += checked.spans().size(); // written with the document
            } else if (checked.annotated()) {
                pendingLayers.add(new PendingLayer(stored.id(), checked));
                if (pendingLayers.size() >= DocumentBatch.GROUP_DOCUMENTS) {
                    saveSpans();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with what the corpus cannot hold left out (lenient), or {@code null} to skip it. */
    private ImportedDocument checked(ImportedDocument imported) {
        List<ImportChecks.Finding> findings = checks.check(imported);
        if (findings.isEmpty()) {
            return imported;
        }
        if (!lenient) {
            throw new Refused(findings.get(0) + (findings.size() > 1 ? " (and " + (findings.size() - 1)
                    + " more problems in this document)" : ""));
        }
        for (ImportChecks.Finding f : findings) {
            report.add(new ImportWarning(f.file(), 0, "document '" + f.documentId() + "'"
                    + (f.offset() >= 0 ? ", offset " + f.offset() : "") + ": " + f.message()
                    + (f.skipsDocument() ? " (document skipped)" : " (span left out)")));
        }
        if (findings.stream().anyMatch(ImportChecks.Finding::skipsDocument)) {
            skipped++;
            return null;
        }
        Set<Object> dropped = new HashSet<>();
        findings.forEach(f -> dropped.add(f.span()));
        List<Span> kept = imported.spans().stream().filter(s -> !dropped.contains(s)).toList();
        spansDropped += imported.spans().size() - kept.size();
        return new ImportedDocument(imported.document(), kept, imported.warnings(), imported.boilerplate(),
                imported.annotated());
    }

    /**
     * Whether a document new to the corpus gets its layer written with it: annotated, with spans (where
     * {@link ImportedLayers} would put them: the importing annotator's layer, which a new document lacks). An
     * annotated document without spans gets its empty layer the usual way.
     */
    private static boolean withFirstLayer(ImportedDocument imported) {
        return imported.annotated() && !imported.spans().isEmpty();
    }

    /** Adds the document under its sanitised id, or the first free {@code id-N} when that is another text's. */
    private StoredDocument add(ImportedDocument imported, String file) throws CorpusStoreException {
        Document document = imported.document();
        String base = DocumentIds.sanitize(document.id());
        String id = base;
        for (int n = 2;; n++) {
            Document candidate = id.equals(document.id()) ? document
                    : new Document(id, document.text(), document.byteOrderMarkRemoved(), document.metadata());
            try {
                // a new document's spans are written with it, in its group, flushed together (no save per document)
                StoredDocument stored = withFirstLayer(imported)
                        ? batch.add(candidate, imported.boilerplate(), LayerOwner.annotator(annotator), imported.spans(),
                                LayerState.DONE)
                        : batch.add(candidate, imported.boilerplate());
                if (stored.added() && !id.equals(document.id()) && renamed.add(id)) {
                    report.add(new ImportWarning(file, 0, "stored as '" + id + "'" + (id.equals(base)
                            ? " ('" + document.id() + "' is not a valid id, see docs/FORMAT.md)"
                            : ": '" + base + "' is taken by " + describeHolder(base))));
                }
                return stored;
            } catch (IdTakenException e) {
                if (!e.id().equals(id)) {
                    throw e; // about a document of an earlier group: another process took its id meanwhile
                }
                String suffix = "-" + n;
                id = base.substring(0, Math.min(base.length(), 200 - suffix.length())) + suffix;
            }
        }
    }

    private String describeHolder(String id) {
        for (Map.Entry<String, String> e : addedFrom.entrySet()) {
            if (e.getKey().equalsIgnoreCase(id)) {
                return "'" + e.getKey() + "' from " + e.getValue();
            }
        }
        return "a document already in the corpus with another text";
    }

    /** Writes the queued documents, then the layers waiting for them. */
    private void saveSpans() throws IOException {
        batch.flush();
        for (PendingLayer p : pendingLayers) {
            ImportedLayers.Placement placed = ImportedLayers.store(store, p.id(), p.imported(), annotator,
                    (id, owner) -> {
                        if (!addedFrom.containsKey(id)) {
                            // a document that was there before: keep its layer for a rollback
                            transaction.preserve(layout.layer(id, owner));
                            transaction.preserve(layout.journal(id, owner));
                        }
                    });
            spans += placed.spans();
            if (placed.outcome() == ImportedLayers.Outcome.STORED_IN_ANOTHER_LAYER) {
                otherLayers++;
                report.add(new ImportWarning(ImportChecks.source(p.imported()), 0, "the corpus holds this text already"
                        + " as document '" + p.id() + "' with other annotations; these " + placed.spans() + " span(s)"
                        + " were stored beside them as " + placed.owner().describe()
                        + " (compare and curate them like two annotators' work)"));
            }
        }
        pendingLayers.clear();
    }

    /** Writes everything queued and updates clusters.json; durable when it returns. */
    @Override
    public void close() throws IOException {
        saveSpans();
        progress.status("writing the last documents and updating near-duplicate clusters");
        batch.close();
    }

    @Override
    public void warning(ImportWarning warning) {
        report.add(warning);
    }

    /**
     * Gives up after a failure: waits for the group of documents being written, so that the rollback that
     * follows finds every file this import wrote, and writes nothing more.
     */
    void abandon() {
        batch.abandon();
    }

    /** Strict: stops the import; lenient: the file, entry or record is skipped with a warning. */
    @Override
    public void rejected(ImportException problem) throws ImportException {
        if (!lenient) {
            throw problem;
        }
        skipped++;
        report.add(new ImportWarning(problem.file(), problem.line(), problem.getMessage().replace(problem.file()
                + ": ", "").replace(problem.file() + ", ", "") + " (skipped)"));
    }

    ProgressLine progress() {
        return progress;
    }

    List<ImportWarning> warnings() {
        return report.warnings();
    }

    /** Every warning, and what was left out per kind. */
    ImportReport report() {
        return report;
    }

    /** The labels and attributes the imported spans carried, before attributes were filtered. */
    ImportedLabels labels() {
        return labels;
    }

    /** Documents whose text was stored already with other annotations, which went to a numbered layer. */
    int otherLayers() {
        return otherLayers;
    }

    int added() {
        return added;
    }

    int present() {
        return present;
    }

    int skipped() {
        return skipped;
    }

    long spans() {
        return spans;
    }

    long spansDropped() {
        return spansDropped;
    }
}
