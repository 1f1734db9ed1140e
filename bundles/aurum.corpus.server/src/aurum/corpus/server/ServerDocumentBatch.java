package aurum.corpus.server;

import aurum.core.model.Document;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentIds;
import aurum.corpus.store.IdTakenException;
import aurum.corpus.store.StoredDocument;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Adds documents to a team-server corpus in groups of {@link #GROUP_DOCUMENTS}, each group in one transaction
 * (one round trip of batched inserts): a group is durable, whole, once it is written, at the latest by
 * {@link #flush()} or {@link #close()}. Near-duplicate analysis is not run on the server (see
 * {@link ServerCorpusStore#updateAnalysis()}). Not thread-safe.
 */
final class ServerDocumentBatch implements DocumentBatch {

    private final ServerCorpusStore store;
    private final List<Document> queued = new ArrayList<>();
    private final List<List<ExcludedRegion>> queuedRegions = new ArrayList<>();
    /** Content hash → id, and folded id → id, of the documents queued and not yet written. */
    private final Map<String, String> queuedHashes = new HashMap<>();
    private final Map<String, String> queuedIds = new HashMap<>();
    private boolean closed;

    ServerDocumentBatch(ServerCorpusStore store) {
        this.store = store;
    }

    @Override
    public StoredDocument add(Document document) throws CorpusStoreException {
        return add(document, null);
    }

    @Override
    public StoredDocument add(Document document, List<ExcludedRegion> boilerplate) throws CorpusStoreException {
        DocumentIds.requireValid(document.id(), "document id");
        if (closed) {
            throw new IllegalStateException("the batch is closed");
        }
        String sameText = queuedHashes.get(document.contentHash());
        if (sameText != null) {
            return new StoredDocument(sameText, false);
        }
        String folded = document.id().toLowerCase(Locale.ROOT);
        if (queuedIds.containsKey(folded)) {
            throw new IdTakenException(document.id(), queuedIds.get(folded));
        }
        try (Connection c = store.connection()) {
            Optional<String> stored = store.storedUnder(c, document);
            if (stored.isPresent()) {
                return new StoredDocument(stored.get(), false);
            }
        } catch (SQLException e) {
            throw store.failure(e, "look up document '" + document.id() + "'");
        }
        queued.add(document);
        queuedRegions.add(boilerplate != null ? List.copyOf(boilerplate) : ServerCorpusStore.proposeRegions(document));
        queuedHashes.put(document.contentHash(), document.id());
        queuedIds.put(folded, document.id());
        if (queued.size() >= GROUP_DOCUMENTS) {
            flush();
        }
        return new StoredDocument(document.id(), true);
    }

    @Override
    public StoredDocument add(Document document, List<ExcludedRegion> boilerplate, LayerOwner owner, List<Span> spans) {
        throw new UnsupportedOperationException("a team-server batch does not write layers: save them with saveLayer");
    }

    @Override
    public void flush() throws CorpusStoreException {
        if (queued.isEmpty()) {
            return;
        }
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                ServerCorpusStore.insertDocuments(c, store.corpusId(), queued, queuedRegions);
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw store.failure(e, "add " + queued.size() + " documents (from '" + queued.get(0).id() + "')");
        } finally {
            queued.clear();
            queuedRegions.clear();
            queuedHashes.clear();
            queuedIds.clear();
        }
    }

    @Override
    public void abandon() {
        queued.clear();
        queuedRegions.clear();
        queuedHashes.clear();
        queuedIds.clear();
        closed = true;
    }

    @Override
    public void close() throws CorpusStoreException {
        if (closed) {
            return;
        }
        closed = true;
        flush();
    }
}
