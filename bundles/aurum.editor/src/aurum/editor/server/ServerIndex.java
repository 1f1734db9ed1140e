package aurum.editor.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.core.model.SpanStatus;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.index.DocumentListing;
import aurum.corpus.index.DocumentOrder;
import aurum.corpus.index.DocumentQuery;
import aurum.corpus.index.IndexProgress;
import aurum.corpus.index.IndexedDocument;
import aurum.corpus.index.LayerSummary;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentInfo;

/**
 * The navigator's view of a team-server corpus while the server has no index of its own
 * (docs/TEAM-SERVER.md, Status): every document and every layer the user may read, held in memory and
 * re-read on {@link #refresh}. Meant for the corpora of tens to a few thousand documents that teams
 * annotate; a server-side index replaces it. Thread-safe.
 */
final class ServerIndex implements CorpusIndex {

    private record Entry(IndexedDocument row, String text) {
    }

    private final CorpusStore store;
    private volatile List<Entry> entries;
    private volatile long generation;

    ServerIndex(CorpusStore store) {
        this.store = store;
    }

    @Override
    public synchronized void refresh(IndexProgress progress) throws CorpusStoreException {
        List<DocumentInfo> documents = store.documents();
        List<Entry> read = new ArrayList<>(documents.size());
        int done = 0;
        for (DocumentInfo info : documents) {
            Document document = store.document(info.id()).orElse(null);
            if (document != null) {
                List<LayerSummary> layers = new ArrayList<>();
                for (LayerOwner owner : store.layers(info.id())) {
                    layers.add(summary(store.loadLayer(document, owner)));
                }
                read.add(new Entry(new IndexedDocument(info.id(), info.metadata().title(), info.length(), layers,
                        List.of()), document.text().toLowerCase(Locale.ROOT)));
            }
            progress.worked(++done, documents.size());
        }
        if (entries == null || !rows(entries).equals(rows(read))) {
            generation++;
        }
        entries = List.copyOf(read);
    }

    @Override
    public void rebuild(IndexProgress progress) throws CorpusStoreException {
        refresh(progress);
    }

    /** The generation of the last {@link #refresh}: the server sends no changes yet, so this does not poll. */
    @Override
    public long generation() throws CorpusStoreException {
        ensureRead();
        return generation;
    }

    @Override
    public List<IndexedDocument> find(DocumentQuery query) throws CorpusStoreException {
        return matching(query, DocumentOrder.BY_ID);
    }

    @Override
    public int count(DocumentQuery query) throws CorpusStoreException {
        return find(query).size();
    }

    @Override
    public DocumentListing list(DocumentQuery query, DocumentOrder order) throws CorpusStoreException {
        List<IndexedDocument> rows = matching(query, order);
        long at = generation;
        return new DocumentListing() {
            @Override
            public int size() {
                return rows.size();
            }

            @Override
            public List<IndexedDocument> rows(int from, int to) {
                return rows.subList(from, to);
            }

            @Override
            public int indexOf(String id) {
                for (int i = 0; i < rows.size(); i++) {
                    if (rows.get(i).id().equals(id)) {
                        return i;
                    }
                }
                return -1;
            }

            @Override
            public long generation() {
                return at;
            }

            @Override
            public void close() {
                // nothing is held open
            }
        };
    }

    private void ensureRead() throws CorpusStoreException {
        if (entries == null) {
            refresh((done, total) -> { });
        }
    }

    private List<IndexedDocument> matching(DocumentQuery query, DocumentOrder order) throws CorpusStoreException {
        ensureRead();
        List<IndexedDocument> rows = new ArrayList<>();
        for (Entry entry : entries) {
            if (matches(entry, query)) {
                rows.add(entry.row());
            }
        }
        Comparator<IndexedDocument> comparator = switch (order.key()) {
            case ID -> Comparator.comparing(IndexedDocument::id);
            case TITLE -> Comparator.comparing((IndexedDocument d) -> (d.title().isEmpty() ? d.id() : d.title())
                    .toLowerCase(Locale.ROOT)).thenComparing(IndexedDocument::id);
            case LENGTH -> Comparator.comparingInt(IndexedDocument::length).thenComparing(IndexedDocument::id);
            case STATE -> Comparator.comparing((IndexedDocument d) -> state(d, order.owner()))
                    .thenComparing(IndexedDocument::id);
            case SPANS -> Comparator.comparingInt((IndexedDocument d) -> d.layer(order.owner())
                    .map(LayerSummary::spanCount).orElse(0)).thenComparing(IndexedDocument::id);
        };
        rows.sort(order.descending() ? comparator.reversed() : comparator);
        return rows;
    }

    private static boolean matches(Entry entry, DocumentQuery query) {
        IndexedDocument row = entry.row();
        if (query.ids() != null && !query.ids().contains(row.id())) {
            return false;
        }
        if (query.text() != null && !containsWords(entry.text(), query.text())) {
            return false;
        }
        if (query.match() != null) {
            String typed = query.match().toLowerCase(Locale.ROOT);
            if (!row.id().toLowerCase(Locale.ROOT).contains(typed) && !row.title().toLowerCase(Locale.ROOT).contains(typed)
                    && !containsWords(entry.text(), query.match())) {
                return false;
            }
        }
        if (query.state() == null && query.label() == null) {
            return true;
        }
        List<LayerSummary> layers = query.owner() == null ? row.layers()
                : row.layer(query.owner()).map(List::of).orElse(List.of());
        if (layers.isEmpty()) {
            return query.label() == null && query.state() == LayerState.NEW;
        }
        for (LayerSummary layer : layers) {
            if ((query.state() == null || layer.state() == query.state())
                    && (query.label() == null || layer.spansPerLabel().containsKey(query.label()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} (lower case) holds every word of {@code words}, quotes ignored. */
    private static boolean containsWords(String text, String words) {
        for (String word : words.toLowerCase(Locale.ROOT).replaceAll("[\"“”]", " ").split("\\s+")) {
            if (!word.isEmpty() && !text.contains(word.replace('’', '\''))) {
                return false;
            }
        }
        return true;
    }

    private static LayerState state(IndexedDocument document, LayerOwner owner) {
        return document.layer(owner).map(LayerSummary::state).orElse(LayerState.NEW);
    }

    private static LayerSummary summary(Layer layer) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Span span : layer.spans()) {
            if (span.status() != SpanStatus.REJECTED) {
                counts.merge(span.labelId(), 1, Integer::sum);
            }
        }
        return new LayerSummary(layer.owner(), layer.state(), layer.revision(), counts);
    }

    private static List<IndexedDocument> rows(List<Entry> entries) {
        return entries.stream().map(Entry::row).toList();
    }
}
