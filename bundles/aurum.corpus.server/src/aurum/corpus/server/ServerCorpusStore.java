package aurum.corpus.server;

import aurum.core.model.Document;
import aurum.core.model.DocumentMetadata;
import aurum.core.model.LabelSetRef;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.core.model.Span;
import aurum.corpus.boilerplate.BoilerplateDetector;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.boilerplate.RegionKind;
import aurum.corpus.dedup.Relation;
import aurum.corpus.server.internal.ServerFailures;
import aurum.corpus.server.internal.SpanJson;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentIds;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.DocumentRelation;
import aurum.corpus.store.IdTakenException;
import aurum.corpus.store.LayerChanges;
import aurum.corpus.store.LayerSnapshot;
import aurum.corpus.store.StoredDocument;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A corpus kept on a team server (PostgreSQL), behind the same {@link CorpusStore} API as a folder corpus.
 * Each layer is one row whose spans are a JSONB object (docs/TEAM-SERVER.md says why); a save names the
 * revision the caller loaded and is one conditional {@code UPDATE … WHERE revision = ?}, so of two writers
 * that loaded the same revision exactly one succeeds and the other gets a {@link ConflictException}; no
 * update is lost. Every stored revision is recorded with who and when by a trigger on the server
 * ({@code layer_edit}). What a user may read and write is decided by the database (roles and row-level
 * security), not by this class: an annotator's store simply does not see other annotators' layers.
 *
 * <p>The corpus index ({@link #index()}) is read into memory on the client; {@link ServerDocumentIndex} lists and
 * counts in SQL for corpora too large for that. Not yet on the server: the near-duplicate analysis of documents
 * added on the server ({@link #updateAnalysis()}), which says so when called. Thread-safe.
 */
public final class ServerCorpusStore implements CorpusStore {

    private static final String LAYER_COLUMNS = "state, revision, content_hash, spans::text";

    private final TeamServer server;
    private final InMemoryCorpusIndex index;
    private final ServerCorpusFiles files;
    private final String corpusId;
    private final Path workFolder;
    private volatile CorpusSettings settings;

    private ServerCorpusStore(TeamServer server, String corpusId, Path workFolder) {
        this.index = new InMemoryCorpusIndex(this);
        this.files = new ServerCorpusFiles(this, corpusId);
        this.server = server;
        this.corpusId = corpusId;
        this.workFolder = workFolder;
    }

    /** Opens the corpus, reading its settings (as a folder store reads {@code corpus.json} when it opens). */
    static ServerCorpusStore open(TeamServer server, String corpusId, Path workFolder) throws CorpusStoreException {
        ServerCorpusStore store = new ServerCorpusStore(server, corpusId, workFolder);
        store.settings = store.readSettings();
        return store;
    }

    /** The corpus id on the server. */
    public String corpusId() {
        return corpusId;
    }

    /** The server connection this store uses. */
    public TeamServer server() {
        return server;
    }

    /**
     * A local folder for data derived from the corpus (never the corpus itself, which is on the server);
     * the folder need not exist.
     */
    @Override
    public Path directory() {
        return workFolder;
    }

    /** The settings read when the store was opened, or last saved through {@link #saveSettings}. */
    @Override
    public CorpusSettings settings() {
        return settings;
    }

    /** Reads the settings again from the server. */
    public CorpusSettings readSettings() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT name, label_set_id, label_set_version, settings::text FROM corpus WHERE id = ?")) {
            s.setString(1, corpusId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CorpusStoreException("The corpus '" + corpusId + "' is no longer on the team server.");
                }
                LabelSetRef labelSet = r.getString(2) == null ? null : new LabelSetRef(r.getString(2), r.getString(3));
                Map<String, String> settings = new LinkedHashMap<>();
                for (Map.Entry<String, JsonElement> e : JsonParser.parseString(r.getString(4)).getAsJsonObject().entrySet()) {
                    settings.put(e.getKey(), e.getValue().getAsString());
                }
                return new CorpusSettings(r.getString(1), labelSet, settings);
            }
        } catch (SQLException e) {
            throw failure(e, "read the settings of corpus '" + corpusId + "'");
        }
    }

    @Override
    public void saveSettings(CorpusSettings settings) throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("UPDATE corpus SET name = ?, label_set_id = ?,"
                        + " label_set_version = ?, settings = ?::jsonb WHERE id = ?")) {
            s.setString(1, settings.name());
            s.setString(2, settings.labelSet() == null ? null : settings.labelSet().id());
            s.setString(3, settings.labelSet() == null ? null : settings.labelSet().version());
            s.setString(4, settingsJson(settings));
            s.setString(5, corpusId);
            if (s.executeUpdate() == 0) {
                throw new CorpusStoreException("The corpus '" + corpusId + "' is no longer on the team server.");
            }
            this.settings = settings;
        } catch (SQLException e) {
            throw failure(e, "change the settings of corpus '" + corpusId + "'");
        }
    }

    static void insertCorpus(Connection c, String corpusId, CorpusSettings settings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO corpus (id, name, label_set_id, label_set_version,"
                + " settings) VALUES (?, ?, ?, ?, ?::jsonb)")) {
            s.setString(1, corpusId);
            s.setString(2, settings.name());
            s.setString(3, settings.labelSet() == null ? null : settings.labelSet().id());
            s.setString(4, settings.labelSet() == null ? null : settings.labelSet().version());
            s.setString(5, settingsJson(settings));
            s.executeUpdate();
        }
    }

    private static String settingsJson(CorpusSettings settings) {
        JsonObject json = new JsonObject();
        settings.settings().forEach(json::addProperty);
        return json.toString();
    }

    @Override
    public List<DocumentInfo> documents() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT id, content_hash, length, bom_removed, source_file,"
                        + " title, published, url, language FROM document WHERE corpus_id = ? ORDER BY id COLLATE \"C\"")) {
            s.setString(1, corpusId);
            s.setFetchSize(5_000);
            List<DocumentInfo> documents = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    documents.add(new DocumentInfo(r.getString(1), r.getString(2), r.getInt(3), r.getBoolean(4),
                            metadata(r, 5)));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw failure(e, "list the documents of corpus '" + corpusId + "'");
        }
    }

    @Override
    public List<String> documentIds() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT id FROM document WHERE corpus_id = ? ORDER BY id COLLATE \"C\"")) {
            s.setString(1, corpusId);
            s.setFetchSize(10_000);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e, "list the documents of corpus '" + corpusId + "'");
        }
    }

    private static DocumentMetadata metadata(ResultSet r, int first) throws SQLException {
        Date published = r.getDate(first + 2);
        String url = r.getString(first + 3);
        return new DocumentMetadata(r.getString(first), r.getString(first + 1),
                published == null ? null : published.toLocalDate(), url == null ? null : URI.create(url),
                r.getString(first + 4));
    }

    @Override
    public String addDocument(Document document) throws CorpusStoreException {
        try (DocumentBatch batch = batch()) {
            StoredDocument stored = batch.add(document);
            batch.flush();
            return stored.id();
        }
    }

    @Override
    public DocumentBatch batch() throws CorpusStoreException {
        return new ServerDocumentBatch(this);
    }

    /**
     * Writes documents in one transaction: each either new (inserted), or the same text as a stored one
     * (nothing written). Used by {@link ServerDocumentBatch}.
     */
    static void insertDocuments(Connection c, String corpusId, List<Document> documents, List<List<ExcludedRegion>> regions)
            throws SQLException {
        if (documents.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO document (corpus_id, id, content_hash, length,"
                + " bom_removed, title, source_file, published, url, language, excluded_regions, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")) {
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                DocumentMetadata m = d.metadata();
                s.setString(1, corpusId);
                s.setString(2, d.id());
                s.setString(3, d.contentHash());
                s.setInt(4, d.length());
                s.setBoolean(5, d.byteOrderMarkRemoved());
                s.setString(6, m.title());
                s.setString(7, m.sourceFile());
                s.setDate(8, m.date() == null ? null : Date.valueOf(m.date()));
                s.setString(9, m.url() == null ? null : m.url().toString());
                s.setString(10, m.language());
                s.setString(11, regionsJson(regions.get(i)));
                s.setString(12, d.text());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Where the text of {@code document} is stored already, or which stored id clashes with its id: the
     * id holding the same text (empty if none), else throws when its id (or one differing in case) holds
     * another text.
     */
    Optional<String> storedUnder(Connection c, Document document) throws SQLException, CorpusStoreException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, content_hash FROM document WHERE corpus_id = ?"
                + " AND (content_hash = ? OR lower(id) = lower(?)) ORDER BY (content_hash = ?) DESC")) {
            s.setString(1, corpusId);
            s.setString(2, document.contentHash());
            s.setString(3, document.id());
            s.setString(4, document.contentHash());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                if (r.getString(2).equals(document.contentHash())) {
                    return Optional.of(r.getString(1));
                }
                throw new IdTakenException(document.id(), r.getString(1));
            }
        }
    }

    static List<ExcludedRegion> proposeRegions(Document document) {
        return new BoilerplateDetector().propose(document.text());
    }

    private static String regionsJson(List<ExcludedRegion> regions) {
        JsonArray array = new JsonArray();
        for (ExcludedRegion region : regions) {
            JsonObject json = new JsonObject();
            json.addProperty("start", region.start());
            json.addProperty("end", region.end());
            json.addProperty("kind", region.kind().name());
            json.addProperty("reason", region.reason());
            array.add(json);
        }
        return array.toString();
    }

    @Override
    public List<ExcludedRegion> excludedRegions(String id) throws CorpusStoreException {
        try (Connection c = connection()) {
            return excludedRegions(c, id);
        } catch (SQLException e) {
            throw failure(e, "read the excluded regions of document '" + id + "'");
        }
    }

    /** {@link #excludedRegions(String)} on a given connection (a pull reads one snapshot). */
    List<ExcludedRegion> excludedRegions(Connection c, String id) throws SQLException, CorpusStoreException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT excluded_regions::text FROM document WHERE corpus_id = ? AND id = ?")) {
            s.setString(1, corpusId);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw noDocument(id);
                }
                List<ExcludedRegion> regions = new ArrayList<>();
                for (JsonElement e : JsonParser.parseString(r.getString(1)).getAsJsonArray()) {
                    JsonObject o = e.getAsJsonObject();
                    regions.add(new ExcludedRegion(o.get("start").getAsInt(), o.get("end").getAsInt(),
                            RegionKind.valueOf(o.get("kind").getAsString()), o.get("reason").getAsString()));
                }
                return regions;
            }
        }
    }

    @Override
    public Map<String, String> duplicateClusters() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT document_id, cluster_id FROM duplicate_cluster"
                        + " WHERE corpus_id = ? ORDER BY document_id COLLATE \"C\"")) {
            s.setString(1, corpusId);
            Map<String, String> clusters = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    clusters.put(r.getString(1), r.getString(2));
                }
            }
            return clusters;
        } catch (SQLException e) {
            throw failure(e, "read the near-duplicate clusters");
        }
    }

    @Override
    public List<DocumentRelation> relations() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT first_id, second_id, relation, similarity FROM relation"
                        + " WHERE corpus_id = ? ORDER BY first_id COLLATE \"C\", second_id COLLATE \"C\"")) {
            s.setString(1, corpusId);
            List<DocumentRelation> relations = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    relations.add(new DocumentRelation(r.getString(1), r.getString(2),
                            Relation.valueOf(r.getString(3)), r.getDouble(4)));
                }
            }
            return relations;
        } catch (SQLException e) {
            throw failure(e, "read the related documents");
        }
    }

    @Override
    public AnalysisStatus analysisStatus() throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT analysis_state, analysed_documents,"
                        + " (SELECT count(*) FROM document WHERE corpus_id = ?) FROM corpus WHERE id = ?")) {
            s.setString(1, corpusId);
            s.setString(2, corpusId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new CorpusStoreException("The corpus '" + corpusId + "' is no longer on the team server.");
                }
                int analysed = r.getInt(2);
                int documents = r.getInt(3);
                AnalysisStatus.State pushed = AnalysisStatus.State.valueOf(r.getString(1));
                if (documents == 0 && pushed != AnalysisStatus.State.STALE) {
                    return new AnalysisStatus(AnalysisStatus.State.EMPTY, analysed, 0);
                }
                if (pushed == AnalysisStatus.State.CURRENT && analysed != documents) {
                    return new AnalysisStatus(AnalysisStatus.State.STALE, analysed, documents);
                }
                return new AnalysisStatus(pushed == AnalysisStatus.State.EMPTY ? AnalysisStatus.State.MISSING : pushed,
                        analysed, documents);
            }
        } catch (SQLException e) {
            throw failure(e, "read the analysis status");
        }
    }

    /** The server does not analyse near-duplicates itself yet: a current analysis is kept, another is refused. */
    @Override
    public AnalysisStatus updateAnalysis() throws CorpusStoreException {
        AnalysisStatus status = analysisStatus();
        if (status.isCurrent()) {
            return status;
        }
        throw new CorpusStoreException("The team server does not compute near-duplicate clusters itself yet. Pull the"
                + " corpus into a folder (aurum pull), run 'aurum import --corpus DIR' there, and push it again.");
    }

    @Override
    public Optional<Document> document(String id) throws CorpusStoreException {
        try (Connection c = connection()) {
            return findDocument(c, id);
        } catch (SQLException e) {
            throw failure(e, "read document '" + id + "'");
        }
    }

    /** The document {@code id}, read on a given connection; throws when there is none. */
    Document document(Connection c, String id) throws SQLException, CorpusStoreException {
        return findDocument(c, id).orElseThrow(() -> noDocument(id));
    }

    private Optional<Document> findDocument(Connection c, String id) throws SQLException, CorpusStoreException {
        try (PreparedStatement s = c.prepareStatement("SELECT content_hash, bom_removed, source_file, title,"
                + " published, url, language, text FROM document WHERE corpus_id = ? AND id = ?")) {
            s.setString(1, corpusId);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Document document = new Document(id, r.getString(8), r.getBoolean(2), metadata(r, 3));
                if (!document.contentHash().equals(r.getString(1))) {
                    throw new CorpusStoreException("The text of document '" + id + "' on the team server does not match"
                            + " its content hash " + r.getString(1) + ": it was changed outside Aurum. Ask the lead to"
                            + " push the document again.");
                }
                return Optional.of(document);
            }
        }
    }

    @Override
    public List<LayerOwner> layers(String id) throws CorpusStoreException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT owner FROM layer WHERE corpus_id = ? AND document_id = ?")) {
            s.setString(1, corpusId);
            s.setString(2, id);
            List<LayerOwner> owners = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    owners.add(owner(r.getString(1)));
                }
            }
            owners.sort(Comparator.comparing((LayerOwner o) -> !o.isGold())
                    .thenComparing(o -> o instanceof LayerOwner.Annotator a ? a.id() : ""));
            return owners;
        } catch (SQLException e) {
            throw failure(e, "list the layers of document '" + id + "'");
        }
    }

    /**
     * Everyone with a layer in this corpus that the login may read (row-level security: an annotator finds only
     * themselves until gold is published), and everyone {@code assignments.json} names.
     */
    /** The server's address and the corpus id, e.g. {@code postgresql://lena@db.example.org:5432/aurum#news}. */
    @Override
    public String location() {
        return server.address() + "#" + corpusId;
    }

    @Override
    public List<String> annotators() throws CorpusStoreException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(
                aurum.corpus.assignment.AssignmentsFile.read(directory()).annotators());
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT DISTINCT owner FROM layer WHERE corpus_id = ? AND owner <> 'gold'")) {
            s.setString(1, corpusId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (owner(r.getString(1)) instanceof LayerOwner.Annotator annotator) {
                        names.add(annotator.id());
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e, "list the annotators of corpus '" + corpusId + "'");
        }
        names.remove(aurum.corpus.assignment.CorpusAnnotators.SUGGESTIONS);
        return List.copyOf(names);
    }

    @Override
    public Layer loadLayer(String id, LayerOwner owner) throws CorpusStoreException {
        Document document = document(id).orElseThrow(() -> noDocument(id));
        return loadLayer(document, owner);
    }

    @Override
    public Layer loadLayer(Document document, LayerOwner owner) throws CorpusStoreException {
        LayerSnapshot snapshot = layerSnapshot(document, owner);
        if (snapshot.revision() == 0) {
            return new Layer(document, owner);
        }
        try {
            return Layer.restore(document, owner, snapshot.state(), snapshot.revision(), snapshot.spans());
        } catch (IllegalArgumentException e) {
            throw new CorpusStoreException("The layer of " + owner.describe() + " on document '" + document.id()
                    + "' on the team server is invalid: " + e.getMessage(), e);
        }
    }

    @Override
    public LayerSnapshot layerSnapshot(String id, LayerOwner owner) throws CorpusStoreException {
        return readLayer(id, null, owner);
    }

    @Override
    public LayerSnapshot layerSnapshot(Document document, LayerOwner owner) throws CorpusStoreException {
        return readLayer(document.id(), document.contentHash(), owner);
    }

    private LayerSnapshot readLayer(String id, String expectedHash, LayerOwner owner) throws CorpusStoreException {
        try (Connection c = connection()) {
            return readLayer(c, id, expectedHash, owner);
        } catch (SQLException e) {
            throw failure(e, "read the layer of " + owner.describe() + " on document '" + id + "'");
        }
    }

    /** A stored layer read on a given connection; {@code expectedHash}, when given, must be the document's. */
    LayerSnapshot readLayer(Connection c, String id, String expectedHash, LayerOwner owner)
            throws SQLException, CorpusStoreException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.content_hash, l.state, l.revision, l.content_hash,"
                + " l.spans::text FROM document d LEFT JOIN layer l ON l.corpus_id = d.corpus_id"
                + " AND l.document_id = d.id AND l.owner = ? WHERE d.corpus_id = ? AND d.id = ?")) {
            s.setString(1, ownerKey(owner));
            s.setString(2, corpusId);
            s.setString(3, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw noDocument(id);
                }
                String documentHash = r.getString(1);
                if (expectedHash != null && !expectedHash.equals(documentHash)) {
                    throw new CorpusStoreException("Document '" + id + "' on the team server holds another text than"
                            + " the one given; reload the document.");
                }
                if (r.getString(2) == null) {
                    return new LayerSnapshot(owner, LayerState.NEW, 0, List.of());
                }
                if (!documentHash.equals(r.getString(4))) {
                    throw new CorpusStoreException("The layer of " + owner.describe() + " on document '" + id
                            + "' on the team server was made for another text (content hash " + r.getString(4) + ").");
                }
                List<Span> spans = SpanJson.readLayer(r.getString(5));
                spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
                        .thenComparing(Span::id));
                return new LayerSnapshot(owner, LayerState.valueOf(r.getString(2)), r.getLong(3), spans);
            }
        } catch (IllegalArgumentException e) {
            throw new CorpusStoreException("The layer of " + owner.describe() + " on document '" + id
                    + "' on the team server is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public long saveLayer(Layer layer, long expectedRevision) throws CorpusStoreException {
        JsonObject edit = new JsonObject();
        edit.addProperty("whole", layer.size());
        return write(layer, expectedRevision, null, edit);
    }

    @Override
    public long saveChanges(Layer layer, long expectedRevision, LayerChanges changes) throws CorpusStoreException {
        JsonObject edit = new JsonObject();
        JsonObject put = new JsonObject();
        for (Span span : changes.put()) {
            put.add(span.id(), SpanJson.span(span));
        }
        JsonArray removed = new JsonArray();
        changes.removed().forEach(removed::add);
        edit.add("put", put);
        edit.add("remove", removed);
        return write(layer, expectedRevision, changes, edit);
    }

    /**
     * Stores revision {@code expected + 1}: inserted when {@code expected} is 0, else one conditional update
     * that matches only while the stored revision is still {@code expected}. {@code changes}, when given, are
     * applied on the server to the stored spans (removed ids, then put spans by id), so only the edit travels.
     */
    private long write(Layer layer, long expected, LayerChanges changes, JsonObject edit) throws CorpusStoreException {
        String id = layer.document().id();
        String owner = ownerKey(layer.owner());
        String what = "save the layer of " + layer.owner().describe() + " on document '" + id + "'";
        try (Connection c = connection()) {
            int rows;
            if (expected == 0) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO layer (corpus_id, document_id, owner, state,"
                        + " revision, content_hash, spans, last_edit, saved_at, saved_by)"
                        + " SELECT ?, ?, ?, ?, 1, ?, ?::jsonb, ?::jsonb, now(), session_user FROM document"
                        + " WHERE corpus_id = ? AND id = ? AND content_hash = ?"
                        + " ON CONFLICT (corpus_id, document_id, owner) DO NOTHING")) {
                    s.setString(1, corpusId);
                    s.setString(2, id);
                    s.setString(3, owner);
                    s.setString(4, layer.state().name());
                    s.setString(5, layer.document().contentHash());
                    s.setString(6, SpanJson.layerObject(layer.spans()));
                    s.setString(7, edit.toString());
                    s.setString(8, corpusId);
                    s.setString(9, id);
                    s.setString(10, layer.document().contentHash());
                    rows = s.executeUpdate();
                }
            } else if (changes != null) {
                try (PreparedStatement s = c.prepareStatement("UPDATE layer SET spans = (spans - ?::text[]) || ?::jsonb,"
                        + " state = ?, revision = revision + 1, last_edit = ?::jsonb"
                        + " WHERE corpus_id = ? AND document_id = ? AND owner = ? AND revision = ? AND content_hash = ?")) {
                    s.setArray(1, c.createArrayOf("text", changes.removed().toArray()));
                    s.setString(2, edit.getAsJsonObject("put").toString());
                    s.setString(3, layer.state().name());
                    s.setString(4, edit.toString());
                    bindKey(s, 5, id, owner, expected, layer.document().contentHash());
                    rows = s.executeUpdate();
                }
            } else {
                try (PreparedStatement s = c.prepareStatement("UPDATE layer SET spans = ?::jsonb, state = ?,"
                        + " revision = revision + 1, last_edit = ?::jsonb"
                        + " WHERE corpus_id = ? AND document_id = ? AND owner = ? AND revision = ? AND content_hash = ?")) {
                    s.setString(1, SpanJson.layerObject(layer.spans()));
                    s.setString(2, layer.state().name());
                    s.setString(3, edit.toString());
                    bindKey(s, 4, id, owner, expected, layer.document().contentHash());
                    rows = s.executeUpdate();
                }
            }
            if (rows == 1) {
                return expected + 1;
            }
            throw refusal(c, layer, expected);
        } catch (SQLException e) {
            throw failure(e, what);
        }
    }

    private void bindKey(PreparedStatement s, int first, String id, String owner, long expected, String hash)
            throws SQLException {
        s.setString(first, corpusId);
        s.setString(first + 1, id);
        s.setString(first + 2, owner);
        s.setLong(first + 3, expected);
        s.setString(first + 4, hash);
    }

    /** Why a save matched no row: a newer revision (conflict), a missing or changed document, or no layer visible. */
    private CorpusStoreException refusal(Connection c, Layer layer, long expected) throws SQLException {
        String id = layer.document().id();
        try (PreparedStatement s = c.prepareStatement("SELECT d.content_hash, l.revision, l.content_hash FROM document d"
                + " LEFT JOIN layer l ON l.corpus_id = d.corpus_id AND l.document_id = d.id AND l.owner = ?"
                + " WHERE d.corpus_id = ? AND d.id = ?")) {
            s.setString(1, ownerKey(layer.owner()));
            s.setString(2, corpusId);
            s.setString(3, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return noDocument(id);
                }
                if (!r.getString(1).equals(layer.document().contentHash())) {
                    return new CorpusStoreException("Document '" + id + "' on the team server holds another text than"
                            + " the layer was made for; reload the document.");
                }
                long found = r.getObject(2) == null ? 0 : r.getLong(2);
                if (found == 0 && expected > 0) {
                    return new CorpusStoreException("The layer of " + layer.owner().describe() + " on document '" + id
                            + "' is not on the team server, or '" + server.user() + "' may not see it (annotators see"
                            + " only their own layers). Reload the document; nothing was saved.");
                }
                if (found == expected) {
                    return new CorpusStoreException("The team server does not allow '" + server.user() + "' to change"
                            + " the layer of " + layer.owner().describe() + " on document '" + id + "' (annotators"
                            + " change only their own layers, curators also gold). Nothing was saved.");
                }
                if (r.getObject(3) != null && !r.getString(3).equals(layer.document().contentHash())) {
                    return new CorpusStoreException("The stored layer of " + layer.owner().describe() + " on document '"
                            + id + "' was made for another text; ask the lead.");
                }
                return new ConflictException(id, layer.owner().describe(), expected, found);
            }
        }
    }

    /**
     * The corpus read into memory on this client, as the login may see it (docs/TEAM-SERVER.md, "Listing and
     * stats"): label, state and text search for the navigator, export and agreement. For paged listing and counts
     * of very large corpora use {@link ServerDocumentIndex} ({@code aurum server list|stats}).
     */
    @Override
    public InMemoryCorpusIndex index() {
        return index;
    }

    /** Nothing to fold: a layer row always holds the whole layer, and {@code layer_edit} keeps every edit. */
    @Override
    public boolean compactLayer(String id, LayerOwner owner) {
        return false;
    }

    /** Releases nothing: the {@link TeamServer} owns the connections. */
    @Override
    public void close() {
        // the server connection is closed by its owner
    }

    /**
     * A file stored with the corpus by a push ({@code assignments.json}, {@code labelset.json}, {@code clusters.json}),
     * byte for byte; empty when the corpus has none. The workbench keeps {@code assignments.json} in the work folder
     * from it, for the navigator's assignments and progress.
     */
    public Optional<byte[]> corpusFile(String name) throws CorpusStoreException {
        return files.read(name);
    }

    /** What {@link #changeCorpusFile} makes of a corpus file's stored content. */
    @FunctionalInterface
    public interface FileChange {
        /**
         * The new content.
         *
         * @param stored the stored content; empty when the corpus has no such file
         * @throws CorpusStoreException to change nothing (e.g. the stored content cannot be read)
         */
        byte[] apply(Optional<byte[]> stored) throws CorpusStoreException;
    }

    /**
     * Stores what {@code change} makes of the corpus file {@code name} ({@code assignments.json},
     * {@code labelset.json}), in one transaction that holds the corpus row's lock, as a push does, so two leads'
     * changes (or a change and a push) follow one another rather than one overwriting the other. Only leads may write
     * corpus files. Connected workbenches get a notice naming the corpus and the file (docs/TEAM-SERVER.md,
     * "Live updates").
     *
     * @return the content stored
     */
    public byte[] changeCorpusFile(String name, FileChange change) throws CorpusStoreException {
        return files.change(name, change);
    }

    /** The owner as the {@code layer.owner} column holds it: {@code gold} or {@code annotator:<id>}. */
    public static String ownerKey(LayerOwner owner) {
        return owner instanceof LayerOwner.Annotator a ? "annotator:" + a.id() : "gold";
    }

    static LayerOwner owner(String key) {
        return key.equals("gold") ? LayerOwner.GOLD : LayerOwner.annotator(key.substring("annotator:".length()));
    }

    Connection connection() throws SQLException {
        return server.dataSource().getConnection();
    }

    CorpusStoreException failure(SQLException e, String what) {
        return ServerFailures.describe(e, what, server.user());
    }

    private CorpusStoreException noDocument(String id) {
        return new CorpusStoreException("The team-server corpus '" + corpusId + "' has no document '" + id + "'.");
    }

    static String requireDocumentId(String id) {
        return DocumentIds.requireValid(id, "document id");
    }
}
