package aurum.corpus.server;

import aurum.core.model.Document;
import aurum.core.model.LabelSetRef;
import aurum.core.model.LayerOwner;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.server.CorpusTransfer.Conflict;
import aurum.corpus.server.internal.SpanJson;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.LayerSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A push into a corpus the server has already (a folder that grew, or that holds layers of more people),
 * inside the push's transaction. New documents and layers are added; a layer the server holds already is
 * replaced only when the last thing stored in it was a push by this same login and the folder's revision is
 * newer, so the only work it replaces is the pusher's own earlier push. Everything else that differs is a
 * {@link Conflict}, reported per document and layer, and the server's copy stays: nobody's work on the server
 * is ever overwritten. docs/TEAM-SERVER.md, "Pushing again", has the rules.
 */
final class PushIntoCorpus {

    private static final int BATCH = 500;

    private final Connection c;
    private final CorpusStore source;
    private final String corpusId;
    private final List<Conflict> conflicts = new ArrayList<>();
    private int documents;
    private int layers;
    private int unchanged;

    private PushIntoCorpus(Connection c, CorpusStore source, String corpusId) {
        this.c = c;
        this.source = source;
        this.corpusId = corpusId;
    }

    /** Pushes {@code source} into the existing, locked corpus row {@code corpusId}; the caller commits. */
    static CorpusTransfer.Summary run(Connection c, CorpusStore source, String corpusId, LabelSetRef serverLabelSet,
            Consumer<String> progress) throws SQLException, CorpusStoreException {
        LabelSetRef mine = source.settings().labelSet();
        if (!Objects.equals(mine, serverLabelSet)) {
            throw new CorpusStoreException("The server's corpus '" + corpusId + "' uses the label set "
                    + describe(serverLabelSet) + ", the folder " + describe(mine) + ": push it under another name"
                    + " (--name); nothing was sent.");
        }
        PushIntoCorpus push = new PushIntoCorpus(c, source, corpusId);
        return push.pushAll(progress);
    }

    private CorpusTransfer.Summary pushAll(Consumer<String> progress) throws SQLException, CorpusStoreException {
        Map<String, String[]> byFoldedId = new HashMap<>();
        Map<String, String> byHash = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash FROM document WHERE corpus_id = ?")) {
            s.setString(1, corpusId);
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byFoldedId.put(r.getString(1).toLowerCase(Locale.ROOT), new String[] {r.getString(1), r.getString(2)});
                    byHash.put(r.getString(2), r.getString(1));
                }
            }
        }
        int serverDocuments = byHash.size();
        List<String> ids = source.documentIds();
        List<Document> fresh = new ArrayList<>();
        List<List<ExcludedRegion>> regions = new ArrayList<>();
        List<Document> present = new ArrayList<>();
        int seen = 0;
        for (String id : ids) {
            Document document = source.document(id).orElseThrow(
                    () -> new CorpusStoreException("Document '" + id + "' vanished from " + source.directory()));
            String[] sameId = byFoldedId.get(id.toLowerCase(Locale.ROOT));
            String sameText = byHash.get(document.contentHash());
            if (sameId != null && sameId[0].equals(id) && sameId[1].equals(document.contentHash())) {
                present.add(document);
            } else if (sameText != null) {
                conflicts.add(new Conflict(id, null, "its text is on the server as document '" + sameText
                        + "'; neither it nor its layers were pushed"));
            } else if (sameId != null) {
                conflicts.add(new Conflict(id, null, "the server's document '" + sameId[0] + "' holds another text;"
                        + " neither it nor its layers were pushed"));
            } else {
                fresh.add(document);
                regions.add(source.excludedRegions(id));
                byHash.put(document.contentHash(), id);
                byFoldedId.put(id.toLowerCase(Locale.ROOT), new String[] {id, document.contentHash()});
            }
            if (fresh.size() + present.size() >= BATCH) {
                flush(fresh, regions, present);
            }
            if (++seen % BATCH == 0) {
                progress.accept("documents " + seen + "/" + ids.size());
            }
        }
        flush(fresh, regions, present);
        progress.accept("documents " + ids.size() + "/" + ids.size() + ": " + documents + " new, layers " + layers
                + " sent, " + unchanged + " unchanged, " + conflicts.size() + " conflicts");
        boolean sameDocuments = conflicts.stream().noneMatch(x -> x.layer() == null)
                && serverDocuments + documents == ids.size();
        if (sameDocuments && documents > 0) {
            // the folder's analysis covers exactly the documents the server now has: it replaces the server's
            try (PreparedStatement relations = c.prepareStatement("DELETE FROM relation WHERE corpus_id = ?");
                    PreparedStatement clusters = c.prepareStatement("DELETE FROM duplicate_cluster WHERE corpus_id = ?")) {
                relations.setString(1, corpusId);
                relations.executeUpdate();
                clusters.setString(1, corpusId);
                clusters.executeUpdate();
            }
            CorpusTransfer.pushAnalysis(c, source, corpusId);
        }
        int files = pushFiles(sameDocuments && documents > 0);
        return new CorpusTransfer.Summary(documents, layers, files, unchanged, List.copyOf(conflicts));
    }

    private void flush(List<Document> fresh, List<List<ExcludedRegion>> regions, List<Document> present)
            throws SQLException, CorpusStoreException {
        ServerCorpusStore.insertDocuments(c, corpusId, fresh, regions);
        layers += CorpusTransfer.pushLayers(c, source, corpusId, fresh);
        documents += fresh.size();
        mergeLayers(present);
        fresh.clear();
        regions.clear();
        present.clear();
    }

    /** The server's layer of one document and owner, as far as a push needs to know it. */
    private record Stored(long revision, String state, String spans, String savedBy, Timestamp savedAt, boolean pushed,
            boolean byMe) {

        boolean pushedByMe() {
            return pushed && byMe;
        }
    }

    /** Adds, replaces or reports the layers of documents the server has already. */
    private void mergeLayers(List<Document> present) throws SQLException, CorpusStoreException {
        if (present.isEmpty()) {
            return;
        }
        Map<String, Stored> stored = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT document_id, owner, revision, state, spans::text, saved_by,"
                + " saved_at, last_edit ?? 'pushed', saved_by = session_user FROM layer" // ?? is the jsonb ? operator to JDBC
                + " WHERE corpus_id = ? AND document_id = ANY (?) FOR UPDATE")) {
            s.setString(1, corpusId);
            s.setArray(2, c.createArrayOf("text", present.stream().map(Document::id).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1) + "\n" + r.getString(2), new Stored(r.getLong(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getTimestamp(7), r.getBoolean(8), r.getBoolean(9)));
                }
            }
        }
        try (PreparedStatement insert = c.prepareStatement(CorpusTransfer.INSERT_LAYER);
                PreparedStatement replace = c.prepareStatement("UPDATE layer SET spans = ?::jsonb, state = ?, revision = ?,"
                        + " last_edit = ?::jsonb WHERE corpus_id = ? AND document_id = ? AND owner = ? AND revision = ?")) {
            for (Document document : present) {
                for (LayerOwner owner : source.layers(document.id())) {
                    LayerSnapshot mine = source.layerSnapshot(document, owner);
                    if (mine.revision() == 0) {
                        continue;
                    }
                    String key = ServerCorpusStore.ownerKey(owner);
                    Stored theirs = stored.get(document.id() + "\n" + key);
                    if (theirs == null) {
                        CorpusTransfer.bindLayer(insert, corpusId, document, owner, mine);
                        insert.addBatch();
                        layers++;
                    } else if (theirs.state().equals(mine.state().name()) && sameSpans(theirs.spans(), mine.spans())) {
                        unchanged++;
                    } else if (theirs.pushedByMe() && mine.revision() > theirs.revision()) {
                        replace.setString(1, SpanJson.layerObject(mine.spans()));
                        replace.setString(2, mine.state().name());
                        replace.setLong(3, mine.revision());
                        replace.setString(4, "{\"pushed\": " + mine.spans().size() + "}");
                        replace.setString(5, corpusId);
                        replace.setString(6, document.id());
                        replace.setString(7, key);
                        replace.setLong(8, theirs.revision());
                        replace.addBatch();
                        layers++;
                    } else {
                        conflicts.add(new Conflict(document.id(), owner.describe(), theirs.pushedByMe()
                                ? "the server's revision " + theirs.revision() + " is not older than the folder's "
                                        + mine.revision() + "; the server's was kept"
                                : (theirs.pushed() ? "pushed by '" : "saved on the server by '") + theirs.savedBy() + "' at " + theirs.savedAt().toInstant()
                                        + " (revision " + theirs.revision() + "); the folder's revision " + mine.revision()
                                        + " was not pushed, the server's was kept"));
                    }
                }
            }
            insert.executeBatch();
            int[] replaced = replace.executeBatch();
            if (Arrays.stream(replaced).anyMatch(n -> n != 1)) {
                throw new CorpusStoreException("A layer of corpus '" + corpusId + "' changed on the server during the"
                        + " push; nothing was sent. Push again.");
            }
        }
    }

    private static boolean sameSpans(String serverJson, List<Span> folder) {
        List<Span> server = new ArrayList<>(SpanJson.readLayer(serverJson));
        List<Span> mine = new ArrayList<>(folder);
        Comparator<Span> byId = Comparator.comparing(Span::id);
        server.sort(byId);
        mine.sort(byId);
        return server.equals(mine);
    }

    /**
     * The corpus files: {@code clusters.json} only with the analysis ({@code analysisReplaced}); another is added
     * when the server lacks it, replaced when this login stored it, else reported when it differs.
     */
    private int pushFiles(boolean analysisReplaced) throws SQLException, CorpusStoreException {
        int count = 0;
        for (String name : CorpusTransfer.FILES) {
            Path file = source.directory().resolve(name);
            if (!Files.isRegularFile(file) || (name.equals("clusters.json") && !analysisReplaced)) {
                continue;
            }
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CorpusStoreException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO corpus_file (corpus_id, path, content) VALUES (?, ?, ?)"
                    + " ON CONFLICT (corpus_id, path) DO UPDATE SET content = excluded.content, saved_at = now(),"
                    + " saved_by = session_user"
                    + " WHERE corpus_file.content = excluded.content OR corpus_file.saved_by = session_user OR ?"
                    + " RETURNING path")) {
                s.setString(1, corpusId);
                s.setString(2, name);
                s.setBytes(3, content);
                s.setBoolean(4, name.equals("clusters.json"));
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        count++;
                    } else {
                        conflicts.add(new Conflict(null, name, "stored on the server by someone else and different from"
                                + " the folder's; the server's was kept"));
                    }
                }
            }
        }
        return count;
    }

    private static String describe(LabelSetRef labelSet) {
        return labelSet == null ? "(none)" : labelSet.id() + "@" + labelSet.version();
    }
}
