package aurum.editor.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.boilerplate.ExcludedRegion;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.server.InMemoryCorpusIndex;
import aurum.corpus.server.ServerCorpusStore;
import aurum.corpus.server.TeamServer;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.DocumentRelation;
import aurum.corpus.store.LayerChanges;
import aurum.corpus.store.LayerSnapshot;

/**
 * A team-server corpus as the workbench opens it: the {@link ServerCorpusStore} for everything it reads
 * and saves, and its in-memory {@link InMemoryCorpusIndex} for the navigator, kept up to date by
 * the server's notices ({@link LiveUpdates}). Closing it closes the connection to the server.
 */
public final class ServerCorpus implements CorpusStore {

    private final ServerCorpusStore store;
    private final InMemoryCorpusIndex index;
    private final LiveUpdates live;

    ServerCorpus(ServerCorpusStore store) {
        this.store = store;
        this.index = store.index();
        this.live = new LiveUpdates(store, index);
    }

    /** Starts following the server's notices (a connection of its own); see {@link #live}. */
    void follow() {
        live.start();
    }

    /** The changes other people (and this user elsewhere) make on the server, as they are committed. */
    public LiveUpdates live() {
        return live;
    }

    /** The server store underneath. */
    public ServerCorpusStore serverStore() {
        return store;
    }

    /** Who is logged in, and where, e.g. {@code alice@localhost:5432/aurum}, with the corpus id. */
    public String describe() {
        TeamServer server = store.server();
        return store.corpusId() + " on " + server.address().host() + ":" + server.address().port() + " as "
                + server.user();
    }

    @Override
    public CorpusIndex index() {
        return index;
    }

    @Override
    public void close() {
        ConnectedCorpora.remove(this);
        live.close();
        store.close();
        store.server().close();
    }

    @Override
    public Path directory() {
        return store.directory();
    }

    @Override
    public CorpusSettings settings() {
        return store.settings();
    }

    @Override
    public void saveSettings(CorpusSettings settings) throws CorpusStoreException {
        store.saveSettings(settings);
    }

    @Override
    public List<DocumentInfo> documents() throws CorpusStoreException {
        return store.documents();
    }

    @Override
    public List<String> documentIds() throws CorpusStoreException {
        return store.documentIds();
    }

    @Override
    public String addDocument(Document document) throws CorpusStoreException {
        return store.addDocument(document);
    }

    @Override
    public DocumentBatch batch() throws CorpusStoreException {
        return store.batch();
    }

    @Override
    public List<ExcludedRegion> excludedRegions(String id) throws CorpusStoreException {
        return store.excludedRegions(id);
    }

    @Override
    public Map<String, String> duplicateClusters() throws CorpusStoreException {
        return store.duplicateClusters();
    }

    @Override
    public List<DocumentRelation> relations() throws CorpusStoreException {
        return store.relations();
    }

    @Override
    public AnalysisStatus analysisStatus() throws CorpusStoreException {
        return store.analysisStatus();
    }

    @Override
    public AnalysisStatus updateAnalysis() throws CorpusStoreException {
        return store.updateAnalysis();
    }

    @Override
    public Optional<Document> document(String id) throws CorpusStoreException {
        return store.document(id);
    }

    @Override
    public String location() {
        return store.location();
    }

    @Override
    public List<String> annotators() throws CorpusStoreException {
        return store.annotators();
    }

    @Override
    public List<LayerOwner> layers(String id) throws CorpusStoreException {
        return store.layers(id);
    }

    @Override
    public Layer loadLayer(String id, LayerOwner owner) throws CorpusStoreException {
        return store.loadLayer(id, owner);
    }

    @Override
    public Layer loadLayer(Document document, LayerOwner owner) throws CorpusStoreException {
        return store.loadLayer(document, owner);
    }

    @Override
    public LayerSnapshot layerSnapshot(String id, LayerOwner owner) throws CorpusStoreException {
        return store.layerSnapshot(id, owner);
    }

    @Override
    public LayerSnapshot layerSnapshot(Document document, LayerOwner owner) throws CorpusStoreException {
        return store.layerSnapshot(document, owner);
    }

    @Override
    public long saveLayer(Layer layer, long expectedRevision) throws CorpusStoreException {
        return store.saveLayer(layer, expectedRevision);
    }

    @Override
    public long saveChanges(Layer layer, long expectedRevision, LayerChanges changes) throws CorpusStoreException {
        return store.saveChanges(layer, expectedRevision, changes);
    }

    @Override
    public boolean compactLayer(String id, LayerOwner owner) {
        return store.compactLayer(id, owner);
    }
}
