package aurum.corpus.internal.index;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads one document and its layers through the store, so the index sees exactly what the store
 * would load (hash and bounds checks included). A file that fails becomes a problem of the entry
 * instead of failing the whole index.
 */
final class EntryReader {

    /** A document ready for indexing: its summary and its text ({@code ""} if unreadable). */
    record Entry(IndexedDocument summary, String text) {
    }

    private final CorpusStore store;

    EntryReader(CorpusStore store) {
        this.store = store;
    }

    Entry read(DocumentFiles files) {
        List<String> problems = new ArrayList<>();
        Document document;
        try {
            document = store.document(files.id()).orElse(null);
        } catch (CorpusStoreException e) {
            problems.add(e.getMessage());
            return new Entry(new IndexedDocument(files.id(), "", 0, List.of(), problems), "");
        }
        if (document == null) {
            problems.add("documents/" + files.id() + ".meta.json disappeared while indexing");
            return new Entry(new IndexedDocument(files.id(), "", 0, List.of(), problems), "");
        }
        List<LayerSummary> layers = new ArrayList<>();
        for (LayerOwner owner : files.owners()) {
            try {
                // on the document just read: loading by id would read and hash its text once more per layer
                Layer layer = store.loadLayer(document, owner);
                Map<String, Integer> counts = new TreeMap<>();
                for (Span span : layer.spans()) {
                    if (span.status() != SpanStatus.REJECTED) {
                        counts.merge(span.labelId(), 1, Integer::sum);
                    }
                }
                layers.add(new LayerSummary(owner, layer.state(), layer.revision(), counts));
            } catch (CorpusStoreException | RuntimeException e) {
                problems.add(e.getMessage());
            }
        }
        String title = document.metadata().title();
        return new Entry(new IndexedDocument(document.id(), title, document.length(), layers, problems),
                document.text());
    }
}
