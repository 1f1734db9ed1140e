package aurum.corpus.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
import aurum.corpus.store.LayerSnapshot;

/**
 * The {@link CorpusIndex} of a team-server corpus ({@link ServerCorpusStore#index()}), for the workbench's navigator
 * and for everything that searches a corpus by label, state or text (export, agreement): every document and every
 * layer the login may read, held in memory on the client. It is read
 * whole once; after that, while the server's notices arrive ({@link #follow}), a {@link #refresh} re-reads only the
 * documents a notice named ({@link #changed}), through the user's own connection, so row-level security decides
 * what the row shows. Without notices, or after a lost connection ({@code changed(null)}), a refresh reads
 * everything again. Meant for the corpora of tens to a few thousand documents that teams annotate; a
 * server-side index replaces it. Thread-safe.
 */
public final class InMemoryCorpusIndex implements CorpusIndex {

    private record Entry(IndexedDocument row, String text) {
    }

    private final CorpusStore store;
    /** Every document read, by id; replaced whole (copy on write), never changed in place. */
    private volatile Map<String, Entry> entries;
    private volatile long generation;
    /** Documents named by notices and not re-read yet. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean reloadAll;
    private volatile boolean following;
    private final AtomicLong rowsRead = new AtomicLong();

    InMemoryCorpusIndex(CorpusStore store) {
        this.store = store;
    }

    /** Whether notices arrive, so that a refresh need re-read only the documents they named. */
    public void follow(boolean notices) {
        following = notices;
    }

    /**
     * Notes that the server changed {@code document} (a notice), or anything ({@code null}: notices may have
     * been missed); the next {@link #refresh} re-reads it. Cheap: called on the listener's thread.
     */
    public void changed(String document) {
        if (document == null) {
            reloadAll = true;
        } else {
            pending.add(document);
        }
    }

    /** Whether notices wait for a {@link #refresh}. */
    public boolean hasPending() {
        return reloadAll || !pending.isEmpty();
    }

    /** How many single documents were re-read after notices, for tests and the benchmark. */
    public long rowsRead() {
        return rowsRead.get();
    }

    @Override
    public synchronized void refresh(IndexProgress progress) throws CorpusStoreException {
        if (entries != null && following && !reloadAll) {
            readPending();
            return;
        }
        reloadAll = false;
        pending.clear(); // before reading: a notice that comes during the read is re-read next time
        List<DocumentInfo> documents = store.documents();
        Map<String, Entry> read = new TreeMap<>();
        int done = 0;
        for (DocumentInfo info : documents) {
            Document document = store.document(info.id()).orElse(null);
            if (document != null) {
                List<LayerSummary> layers = new ArrayList<>();
                for (LayerOwner owner : store.layers(info.id())) {
                    layers.add(summary(store.loadLayer(document, owner)));
                }
                read.put(info.id(), new Entry(new IndexedDocument(info.id(), info.metadata().title(), info.length(),
                        layers, List.of()), document.text().toLowerCase(Locale.ROOT)));
            }
            progress.worked(++done, documents.size());
        }
        if (entries == null || !rows(entries).equals(rows(read))) {
            generation++;
        }
        entries = Collections.unmodifiableMap(read);
    }

    /** Re-reads the documents notices named: the layers (and, for a new document, its text), nothing else. */
    private void readPending() throws CorpusStoreException {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Entry> now = new TreeMap<>(entries);
        boolean changed = false;
        try {
            for (String id : List.copyOf(pending)) {
                pending.remove(id); // first: a notice that comes while this row is read brings it back
                Entry before = now.get(id);
                Entry after = reread(id, before);
                rowsRead.incrementAndGet();
                if (after == null) {
                    changed |= now.remove(id) != null;
                } else if (before == null || !before.row().equals(after.row())) {
                    now.put(id, after);
                    changed = true;
                }
            }
        } catch (CorpusStoreException | RuntimeException e) {
            reloadAll = true; // rows taken off the pending set were not read: read everything next time
            throw e;
        }
        if (changed) {
            entries = Collections.unmodifiableMap(now);
            generation++;
        }
    }

    /** The entry of {@code id} as the server has it for this user now; {@code null} when there is no such document. */
    private Entry reread(String id, Entry before) throws CorpusStoreException {
        String title;
        int length;
        String text;
        if (before == null) {
            Document document = store.document(id).orElse(null);
            if (document == null) {
                return null;
            }
            title = document.metadata().title();
            length = document.length();
            text = document.text().toLowerCase(Locale.ROOT);
        } else { // a document's text never changes on the server: only its layers are read
            title = before.row().title();
            length = before.row().length();
            text = before.text();
        }
        List<LayerSummary> layers = new ArrayList<>();
        for (LayerOwner owner : store.layers(id)) {
            LayerSnapshot layer = store.layerSnapshot(id, owner);
            layers.add(summary(layer.owner(), layer.state(), layer.revision(), layer.spans()));
        }
        return new Entry(new IndexedDocument(id, title, length, layers, List.of()), text);
    }

    /** Reads everything again, whatever notices came. */
    @Override
    public void rebuild(IndexProgress progress) throws CorpusStoreException {
        reloadAll = true;
        refresh(progress);
    }

    /** The generation of the last {@link #refresh}; does not read the server (notices bring changes). */
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
        for (Entry entry : entries.values()) {
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
        return summary(layer.owner(), layer.state(), layer.revision(), layer.spans());
    }

    private static LayerSummary summary(LayerOwner owner, LayerState state, long revision, List<Span> spans) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Span span : spans) {
            if (span.status() != SpanStatus.REJECTED) {
                counts.merge(span.labelId(), 1, Integer::sum);
            }
        }
        return new LayerSummary(owner, state, revision, counts);
    }

    private static List<IndexedDocument> rows(Map<String, Entry> entries) {
        return entries.values().stream().map(Entry::row).toList();
    }
}
