package aurum.corpus.server;

import aurum.core.model.Document;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.io.DurableFiles;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.server.internal.SpanJson;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentRelation;
import aurum.corpus.store.LayerSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Moves a corpus between a folder and a team server, exactly both ways: {@link #push} copies every document
 * (text, metadata, boilerplate regions), every layer with its state, spans and revision, the near-duplicate
 * analysis and the files {@code clusters.json}, {@code assignments.json} and {@code labelset.json} byte for
 * byte; {@link #pull} writes them back into a new folder that is file for file what was pushed (outside
 * {@code .aurum/}, which is derived). Both are all or nothing: a push is one transaction, a failed pull
 * deletes the folder it created. A push into a corpus the server has already adds what is new and reports, per
 * document and layer, what it kept of the server's instead.
 */
public final class CorpusTransfer {

    /** The corpus files kept byte for byte on the server. */
    static final List<String> FILES = List.of("clusters.json", "assignments.json", "labelset.json");

    private static final int BATCH = 500;

    /**
     * What a transfer moved.
     *
     * @param documents documents sent (a push into an existing corpus: the new ones)
     * @param layers layers sent, added or replaced
     * @param files corpus files sent
     * @param unchanged layers the server held already exactly as the folder (a push into an existing corpus)
     * @param conflicts what a push into an existing corpus did not send because the server holds other work there
     */
    public record Summary(int documents, int layers, int files, int unchanged, List<Conflict> conflicts) {

        /** A transfer without conflicts or unchanged layers (every pull, a push into a new corpus). */
        public Summary(int documents, int layers, int files) {
            this(documents, layers, files, 0, List.of());
        }
    }

    /**
     * Something a push did not send because the server holds other work in its place, which it kept.
     *
     * @param document the document id, or {@code null} for a corpus file
     * @param layer the layer ({@link LayerOwner#describe()}) or corpus file, or {@code null} for the whole document
     * @param reason what the server holds and what happened
     */
    public record Conflict(String document, String layer, String reason) {

        /** One line, e.g. {@code document 'd1', layer of annotator 'bob': saved on the server by 'bob' at …}. */
        public String describe() {
            String where = document == null ? layer : "document '" + document + "'" + (layer == null ? "" : ", " + layer);
            return where + ": " + reason;
        }
    }

    /** A corpus the server has already, with its label set ({@code null} for none). */
    private record Existing(LabelSetRef labelSet) {
    }

    static final String INSERT_LAYER = "INSERT INTO layer (corpus_id, document_id, owner, state, revision,"
            + " content_hash, spans, last_edit, saved_at, saved_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, now(), session_user)";

    private CorpusTransfer() {
    }

    /**
     * Copies the folder corpus {@code source} into the corpus {@code corpusId} on the server, in one
     * transaction: on any failure the server is left as it was. Every layer is checked as a load would check it
     * before anything is sent. When the server has no such corpus it is created with everything of the folder;
     * when it has one, new documents and layers are added and the server's work is never overwritten: what
     * differs is reported in {@link Summary#conflicts()} (see {@link PushIntoCorpus}).
     *
     * @param progress told about each step, for a progress line
     * @throws CorpusStoreException when the user may not push (leads may), the server's corpus has another label
     *         set, or a file of the folder is invalid; the message names it
     */
    public static Summary push(CorpusStore source, TeamServer server, String corpusId, Consumer<String> progress)
            throws CorpusStoreException {
        aurum.corpus.store.DocumentIds.requireValid(corpusId, "corpus id");
        int documents = 0;
        int layers = 0;
        int files = 0;
        try (Connection c = server.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                Existing existing = lockExisting(c, corpusId);
                if (existing != null) {
                    Summary summary = PushIntoCorpus.run(c, source, corpusId, existing.labelSet(), progress);
                    c.commit();
                    return summary;
                }
                ServerCorpusStore.insertCorpus(c, corpusId, source.settings());
                List<String> ids = source.documentIds();
                List<Document> docs = new ArrayList<>();
                List<List<ExcludedRegion>> regions = new ArrayList<>();
                List<Document> sent = new ArrayList<>();
                for (String id : ids) {
                    Document document = source.document(id).orElseThrow(
                            () -> new CorpusStoreException("Document '" + id + "' vanished from " + source.directory()));
                    docs.add(document);
                    regions.add(source.excludedRegions(id));
                    if (docs.size() == BATCH) {
                        ServerCorpusStore.insertDocuments(c, corpusId, docs, regions);
                        sent.addAll(docs);
                        layers += pushLayers(c, source, corpusId, docs);
                        docs.clear();
                        regions.clear();
                        progress.accept("documents " + sent.size() + "/" + ids.size());
                    }
                }
                ServerCorpusStore.insertDocuments(c, corpusId, docs, regions);
                layers += pushLayers(c, source, corpusId, docs);
                documents = ids.size();
                progress.accept("documents " + documents + "/" + ids.size() + ", layers " + layers);
                pushAnalysis(c, source, corpusId);
                files = pushFiles(c, source.directory(), corpusId);
                c.commit();
            } catch (SQLException | CorpusStoreException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (ServerFailures.UNIQUE_VIOLATION.equals(ServerFailures.sqlState(e))
                    && String.valueOf(e.getMessage()).contains("corpus_pkey")) {
                throw new CorpusStoreException("The team server has a corpus '" + corpusId + "' already. Pull it"
                        + " (aurum pull), or push under another name (--name); nothing was sent.", e);
            }
            throw ServerFailures.describe(e, "push the corpus '" + corpusId + "'", server.user());
        }
        return new Summary(documents, layers, files);
    }

    /**
     * Locks the row of corpus {@code corpusId} when the server has it, so that two pushes into one corpus run one
     * after the other; {@code null} when there is no such corpus.
     */
    private static Existing lockExisting(Connection c, String corpusId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT label_set_id, label_set_version FROM corpus WHERE id = ? FOR UPDATE")) {
            s.setString(1, corpusId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Existing(r.getString(1) == null ? null : new LabelSetRef(r.getString(1), r.getString(2)));
            }
        }
    }

    static int pushLayers(Connection c, CorpusStore source, String corpusId, List<Document> documents)
            throws SQLException, CorpusStoreException {
        int count = 0;
        try (PreparedStatement s = c.prepareStatement(INSERT_LAYER)) {
            for (Document document : documents) {
                for (LayerOwner owner : source.layers(document.id())) {
                    LayerSnapshot layer = source.layerSnapshot(document, owner);
                    if (layer.revision() == 0) {
                        continue;
                    }
                    bindLayer(s, corpusId, document, owner, layer);
                    s.addBatch();
                    count++;
                }
            }
            s.executeBatch();
        }
        return count;
    }

    /** Binds the parameters of {@link #INSERT_LAYER} for one layer of the folder. */
    static void bindLayer(PreparedStatement s, String corpusId, Document document, LayerOwner owner, LayerSnapshot layer)
            throws SQLException {
        s.setString(1, corpusId);
        s.setString(2, document.id());
        s.setString(3, ServerCorpusStore.ownerKey(owner));
        s.setString(4, layer.state().name());
        s.setLong(5, layer.revision());
        s.setString(6, document.contentHash());
        s.setString(7, SpanJson.layerObject(layer.spans()));
        s.setString(8, "{\"pushed\": " + layer.spans().size() + "}");
    }

    static void pushAnalysis(Connection c, CorpusStore source, String corpusId)
            throws SQLException, CorpusStoreException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO relation (corpus_id, first_id, second_id, relation,"
                + " similarity) VALUES (?, ?, ?, ?, ?)")) {
            for (DocumentRelation relation : source.relations()) {
                s.setString(1, corpusId);
                s.setString(2, relation.first());
                s.setString(3, relation.second());
                s.setString(4, relation.relation().name());
                s.setDouble(5, relation.similarity());
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO duplicate_cluster (corpus_id, document_id, cluster_id) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> member : source.duplicateClusters().entrySet()) {
                s.setString(1, corpusId);
                s.setString(2, member.getKey());
                s.setString(3, member.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
        AnalysisStatus status = source.analysisStatus();
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE corpus SET analysis_state = ?, analysed_documents = ? WHERE id = ?")) {
            s.setString(1, status.state().name());
            s.setInt(2, status.analysedDocuments());
            s.setString(3, corpusId);
            s.executeUpdate();
        }
    }

    private static int pushFiles(Connection c, Path folder, String corpusId) throws SQLException, CorpusStoreException {
        int count = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO corpus_file (corpus_id, path, content) VALUES (?, ?, ?)")) {
            for (String name : FILES) {
                Path file = folder.resolve(name);
                if (Files.isRegularFile(file)) {
                    try {
                        s.setString(1, corpusId);
                        s.setString(2, name);
                        s.setBytes(3, Files.readAllBytes(file));
                    } catch (IOException e) {
                        throw new CorpusStoreException("Cannot read " + file + ": " + e.getMessage(), e);
                    }
                    s.addBatch();
                    count++;
                }
            }
            s.executeBatch();
        }
        return count;
    }

    /**
     * Writes the server corpus {@code corpusId}, as the user is allowed to see it (an annotator gets their own
     * layers and curated gold), into the new folder corpus {@code target}, which must be missing or empty. Reads
     * one consistent snapshot of the server. On failure the folder is deleted again.
     *
     * @throws CorpusStoreException when there is no such corpus, the folder is not empty, or a write fails
     */
    public static Summary pull(TeamServer server, String corpusId, Path target, Consumer<String> progress)
            throws CorpusStoreException {
        ServerCorpusStore remote = server.open(corpusId, target.resolve(".aurum"));
        boolean existed = Files.exists(target);
        boolean created = false;
        try (Connection c = server.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try (CorpusStore folder = CorpusStore.create(target, remote.settings())) {
                created = true;
                int documents = pullDocuments(c, remote, folder, progress);
                int layers = pullLayers(c, remote, folder);
                progress.accept("documents " + documents + ", layers " + layers);
                int files = pullFiles(c, corpusId, target);
                return new Summary(documents, layers, files);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            if (created) {
                deleteQuietly(target, existed);
            }
            throw ServerFailures.describe(e, "pull the corpus '" + corpusId + "'", server.user());
        } catch (CorpusStoreException | RuntimeException e) {
            if (created) {
                deleteQuietly(target, existed);
            }
            throw e;
        }
    }

    private static int pullDocuments(Connection c, ServerCorpusStore remote, CorpusStore folder, Consumer<String> progress)
            throws SQLException, CorpusStoreException {
        int count = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM document WHERE corpus_id = ? ORDER BY id COLLATE \"C\"");
                DocumentBatch batch = folder.batch()) {
            s.setString(1, remote.corpusId());
            s.setFetchSize(1_000);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            for (String id : ids) {
                Document document = remote.document(c, id);
                batch.add(document, remote.excludedRegions(c, id));
                if (++count % BATCH == 0) {
                    progress.accept("documents " + count + "/" + ids.size());
                }
            }
        }
        return count;
    }

    private static int pullLayers(Connection c, ServerCorpusStore remote, CorpusStore folder)
            throws SQLException, CorpusStoreException {
        int count = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT document_id, owner FROM layer WHERE corpus_id = ?"
                + " ORDER BY document_id COLLATE \"C\", owner COLLATE \"C\"")) {
            s.setString(1, remote.corpusId());
            List<String[]> keys = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            Document document = null;
            for (String[] key : keys) {
                if (document == null || !document.id().equals(key[0])) {
                    document = remote.document(c, key[0]);
                }
                LayerOwner owner = ServerCorpusStore.owner(key[1]);
                LayerSnapshot snapshot = remote.readLayer(c, key[0], document.contentHash(), owner);
                Layer layer = Layer.restore(document, owner, snapshot.state(), 0, snapshot.spans());
                folder.saveLayer(layer, 0);
                if (snapshot.revision() != 1) {
                    keepRevision(layerFile(folder.directory(), key[0], owner), snapshot.revision());
                }
                count++;
            }
        }
        return count;
    }

    /** Where the folder store keeps a layer (docs/FORMAT.md, "Layout"). */
    static Path layerFile(Path corpus, String documentId, LayerOwner owner) {
        Path folder = owner instanceof LayerOwner.Annotator a ? corpus.resolve("layers/annotators").resolve(a.id())
                : corpus.resolve("layers/gold");
        return folder.resolve(documentId + ".json");
    }

    /**
     * Gives a layer file just written at revision 1 the revision it has on the server, so that a pulled folder
     * is file for file the one pushed: the header line's {@code "revision":1,} (docs/FORMAT.md, "Layer files")
     * becomes the stored revision, and the file is replaced atomically.
     */
    private static void keepRevision(Path layerFile, long revision) throws CorpusStoreException {
        try {
            byte[] bytes = Files.readAllBytes(layerFile);
            String content = new String(bytes, StandardCharsets.UTF_8);
            int headerEnd = content.indexOf('\n');
            String header = content.substring(0, headerEnd);
            String marker = "\"revision\":1,";
            if (header.indexOf(marker) < 0 || header.indexOf(marker) != header.lastIndexOf(marker)) {
                throw new CorpusStoreException("Unexpected header in " + layerFile + ": " + header);
            }
            String restored = header.replace(marker, "\"revision\":" + revision + ",") + content.substring(headerEnd);
            DurableFiles.write(layerFile, restored.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CorpusStoreException("Cannot write " + layerFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the stored corpus files; a {@code clusters.json} the folder's import wrote although the pushed folder
     * had none is removed, so the pulled folder holds exactly the files pushed.
     */
    private static int pullFiles(Connection c, String corpusId, Path target) throws SQLException, CorpusStoreException {
        int count = 0;
        boolean clusters = false;
        try (PreparedStatement s = c.prepareStatement("SELECT path, content FROM corpus_file WHERE corpus_id = ? ORDER BY path")) {
            s.setString(1, corpusId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(1);
                    if (!FILES.contains(name)) {
                        continue;
                    }
                    try {
                        DurableFiles.write(target.resolve(name), r.getBytes(2));
                    } catch (IOException e) {
                        throw new CorpusStoreException("Cannot write " + target.resolve(name) + ": " + e.getMessage(), e);
                    }
                    clusters |= name.equals("clusters.json");
                    count++;
                }
            }
        }
        if (!clusters) {
            try {
                Files.deleteIfExists(target.resolve("clusters.json"));
            } catch (IOException e) {
                throw new CorpusStoreException("Cannot delete " + target.resolve("clusters.json") + ": " + e.getMessage(), e);
            }
        }
        return count;
    }

    private static void deleteQuietly(Path target, boolean keepRoot) {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> files = Files.walk(target)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !(keepRoot && p.equals(target)))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the message of the original failure matters more
        }
    }
}
