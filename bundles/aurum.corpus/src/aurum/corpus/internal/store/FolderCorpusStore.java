package aurum.corpus.internal.store;

import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.core.model.LayerState;
import aurum.corpus.index.CorpusIndex;
import aurum.corpus.internal.analysis.FeatureSpill;
import aurum.corpus.internal.index.LuceneCorpusIndex;
import aurum.corpus.store.AnalysisStatus;
import aurum.corpus.store.ConflictException;
import aurum.corpus.store.CorpusSettings;
import aurum.corpus.store.CorpusStore;
import aurum.corpus.store.CorpusStoreException;
import aurum.corpus.store.DocumentIds;
import aurum.corpus.store.DocumentInfo;
import aurum.corpus.store.DocumentBatch;
import aurum.corpus.store.DocumentRelation;
import aurum.corpus.store.LayerChanges;
import aurum.corpus.store.LayerSnapshot;
import aurum.corpus.boilerplate.ExcludedRegion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * The {@link CorpusStore} over a folder in the format of docs/FORMAT.md. Every write goes through
 * {@link AtomicFiles} under the {@link CorpusLock}; reads take no lock because files are only ever
 * replaced whole. The only cache is the {@link ContentHashIndex}, which is brought up to date under the
 * lock before every use, so several instances and processes may share one folder.
 */
public final class FolderCorpusStore implements CorpusStore {

    private final CorpusLayout layout;
    private volatile CorpusSettings settings;
    private final CorpusLock lock;
    private final DocumentCatalog catalog;
    /** Opened by {@link #index()}; guarded by {@code this}. */
    private LuceneCorpusIndex index;
    private final ContentHashIndex hashIndex;
    private final AnalysisRunner analysis;
    private final JournaledLayers journaled;
    /** Whether {@code .aurum/staging} is on the disk of {@code documents}; {@code null} until first asked, guarded by {@code this}. */
    private Boolean stagingOnDocumentsDisk;

    private FolderCorpusStore(Path root, CorpusSettings settings) {
        this.layout = new CorpusLayout(root);
        this.settings = settings;
        this.lock = new CorpusLock(layout.lockFile());
        this.catalog = new DocumentCatalog(layout);
        this.hashIndex = new ContentHashIndex(layout);
        this.journaled = new JournaledLayers(layout);
        this.analysis = new AnalysisRunner(this);
    }

    /** Creates a corpus in {@code dir}, which must be missing or empty. */
    public static FolderCorpusStore create(Path dir, CorpusSettings settings) throws CorpusStoreException {
        try {
            Files.createDirectories(dir);
            try (var entries = Files.list(dir)) {
                // .aurum/ alone is an import's lock and marker, taken before the corpus is created
                if (entries.anyMatch(p -> !p.getFileName().toString().equals(CorpusLayout.DERIVED))) {
                    throw new CorpusStoreException("Cannot create a corpus in " + dir + ": the folder is not empty."
                            + " Choose an empty folder, or open the corpus if there is one.");
                }
            }
            Path root = dir.toRealPath();
            CorpusLayout layout = new CorpusLayout(root);
            Files.createDirectories(layout.documentsDir());
            Files.createDirectories(root.resolve(CorpusLayout.LAYERS));
            AtomicFiles.write(root.resolve(".gitignore"), ("# derived data and interrupted writes, see docs/FORMAT.md\n"
                    + CorpusLayout.DERIVED + "/\n.*.tmp\n").getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(root.resolve(".gitattributes"), ("# keep texts byte for byte: offsets and hashes"
                    + " depend on every CR, see docs/FORMAT.md\ndocuments/*.txt -text\n").getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(layout.corpusFile(), CorpusFileCodec.write(settings).getBytes(StandardCharsets.UTF_8));
            return new FolderCorpusStore(root, settings);
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException e) {
            throw JsonFiles.failure("create a corpus in", dir.toString(), e);
        }
    }

    /** Opens the corpus in {@code dir} and sweeps temporary files left by a crash. */
    public static FolderCorpusStore open(Path dir) throws CorpusStoreException {
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new CorpusStoreException("Cannot open corpus " + dir + ": the folder does not exist.", e);
        }
        CorpusLayout layout = new CorpusLayout(root);
        if (!Files.isRegularFile(layout.corpusFile())) {
            throw new CorpusStoreException("Cannot open " + root + " as a corpus: it has no "
                    + CorpusLayout.CORPUS_FILE + ". Choose the corpus folder itself, or create a corpus.");
        }
        CorpusSettings settings = CorpusFileCodec.read(layout.corpusFile(), root + "/" + CorpusLayout.CORPUS_FILE);
        new TemporaryFileSweep(root, layout.sweptFoldersFile())
                .sweep(List.of(layout.documentsDir(), root.resolve(CorpusLayout.LAYERS), layout.stagingDir()));
        TemporaryFileSweep.sweepFilesOf(List.of(root, root.resolve(CorpusLayout.DERIVED)));
        return new FolderCorpusStore(root, settings);
    }

    @Override
    public Path directory() {
        return layout.root();
    }

    @Override
    public CorpusSettings settings() {
        return settings;
    }

    @Override
    public void saveSettings(CorpusSettings newSettings) throws CorpusStoreException {
        locked("save " + CorpusLayout.CORPUS_FILE + " of", () -> {
            AtomicFiles.write(layout.corpusFile(),
                    CorpusFileCodec.write(newSettings).getBytes(StandardCharsets.UTF_8));
            settings = newSettings;
            return null;
        });
    }

    @Override
    public List<DocumentInfo> documents() throws CorpusStoreException {
        return catalog.list();
    }

    @Override
    public List<String> documentIds() throws CorpusStoreException {
        return catalog.ids();
    }

    @Override
    public String addDocument(Document document) throws CorpusStoreException {
        try (FolderDocumentBatch batch = new FolderDocumentBatch(this, false)) {
            return batch.add(document).id();
        }
    }

    @Override
    public DocumentBatch batch() {
        return new FolderDocumentBatch(this, true);
    }

    @Override
    public List<ExcludedRegion> excludedRegions(String id) throws CorpusStoreException {
        Path meta = layout.meta(DocumentIds.requireValid(id, "document id"));
        if (!Files.exists(meta)) {
            throw new CorpusStoreException("Corpus " + layout.root() + " has no document '" + id
                    + "'. Import it first, or check the id.");
        }
        return DocumentMetaCodec.readRegions(meta, layout.name(meta), id);
    }

    @Override
    public Map<String, String> duplicateClusters() throws CorpusStoreException {
        Map<String, String> result = new TreeMap<>();
        for (List<String> cluster : ClusterFile.clusters(layout.clustersFile(), CorpusLayout.CLUSTERS_FILE)) {
            String representative = cluster.stream().min(String::compareTo).orElseThrow();
            cluster.forEach(member -> result.put(member, representative));
        }
        return Collections.unmodifiableMap(result);
    }

    @Override
    public List<DocumentRelation> relations() throws CorpusStoreException {
        return ClusterFile.relations(layout.clustersFile(), CorpusLayout.CLUSTERS_FILE);
    }

    @Override
    public AnalysisStatus analysisStatus() throws CorpusStoreException {
        return analysis.status();
    }

    @Override
    public AnalysisStatus updateAnalysis() throws CorpusStoreException {
        analysis.update(null);
        return analysis.status();
    }

    /**
     * Brings {@code clusters.json} up to date with the corpus, analysing the documents an import added
     * (their features in {@code spill}, which may be {@code null}) and any others not analysed yet.
     */
    AnalysisRunner.Outcome updateAnalysis(FeatureSpill spill) throws CorpusStoreException {
        return analysis.update(spill);
    }

    DocumentCatalog catalog() {
        return catalog;
    }

    CorpusLayout layout() {
        return layout;
    }

    /**
     * {@code .aurum/staging/<part>}, created if missing (it is derived data, so it may have been deleted
     * since the last import), when it is on the file system of {@code documents}, so that a rename from it
     * is atomic; {@code null} otherwise (a read-only {@code .aurum}, a link to another disk): temporary
     * files then go beside their targets.
     */
    Path stagingFolder(String part) {
        try {
            Path dir = Files.createDirectories(layout.stagingDir().resolve(part));
            synchronized (this) {
                if (stagingOnDocumentsDisk == null) {
                    stagingOnDocumentsDisk = Files.getFileStore(dir).equals(Files.getFileStore(layout.documentsDir()));
                }
                return stagingOnDocumentsDisk ? dir : null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** The content-hash index; use it under {@link #locked} only. */
    ContentHashIndex hashIndex() {
        return hashIndex;
    }

    @Override
    public Optional<Document> document(String id) throws CorpusStoreException {
        return catalog.read(DocumentIds.requireValid(id, "document id"));
    }

    @Override
    public List<LayerOwner> layers(String id) throws CorpusStoreException {
        DocumentIds.requireValid(id, "document id");
        List<LayerOwner> owners = new ArrayList<>();
        if (Files.isRegularFile(layout.layer(id, LayerOwner.GOLD))) {
            owners.add(LayerOwner.GOLD);
        }
        Path annotators = layout.annotatorsDir();
        if (!Files.isDirectory(annotators)) {
            return owners;
        }
        try (Stream<Path> folders = Files.list(annotators)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(DocumentIds::isValid)
                    .sorted().map(LayerOwner::annotator)
                    .filter(owner -> Files.isRegularFile(layout.layer(id, owner))).forEach(owners::add);
        } catch (IOException e) {
            throw JsonFiles.failure("list the layers of document '" + id + "' in", "corpus " + layout.root(), e);
        }
        return owners;
    }

    @Override
    public Layer loadLayer(String id, LayerOwner owner) throws CorpusStoreException {
        DocumentIds.requireValid(id, "document id");
        Path file = layout.layer(id, owner);
        if (!Files.exists(file)) {
            return new Layer(requireDocument(id), owner);
        }
        // read and hash the text on another thread while this one parses the layer: on a 10 MB document
        // with 100k spans they take about as long as each other
        CompletableFuture<Document> document = CompletableFuture.supplyAsync(() -> {
            try {
                return requireDocument(id);
            } catch (CorpusStoreException e) {
                throw new CompletionException(e);
            }
        });
        JournaledLayers.Read read;
        try {
            read = journaled.read(id, owner);
        } catch (CorpusStoreException e) {
            document.cancel(false);
            throw e;
        }
        try {
            return journaled.build(read, document.join(), owner);
        } catch (CompletionException e) {
            if (e.getCause() instanceof CorpusStoreException failure) {
                throw failure;
            }
            throw e;
        }
    }

    @Override
    public Layer loadLayer(Document document, LayerOwner owner) throws CorpusStoreException {
        String id = requireStoredText(document, "load", owner);
        Path file = layout.layer(id, owner);
        if (!Files.exists(file)) {
            return new Layer(document, owner);
        }
        return journaled.load(document, owner);
    }

    /**
     * Checks that {@code document} carries the text stored under its id (by the content hash in its meta
     * file) before one of its layers is read against it.
     *
     * @return the document id
     */
    private String requireStoredText(Document document, String verb, LayerOwner owner) throws CorpusStoreException {
        String id = DocumentIds.requireValid(document.id(), "document id");
        if (!storedContentHash(id).equals(document.contentHash())) {
            throw new CorpusStoreException("Cannot " + verb + " the layer of " + owner.describe() + " on document '"
                    + id + "': the text given is not the one stored in documents/" + id + ".txt. Reload the document.");
        }
        return id;
    }

    @Override
    public LayerSnapshot layerSnapshot(String id, LayerOwner owner) throws CorpusStoreException {
        DocumentIds.requireValid(id, "document id");
        Path meta = layout.meta(id);
        if (!Files.exists(meta)) {
            throw new CorpusStoreException("Corpus " + layout.root() + " has no document '" + id
                    + "'. Import it first, or check the id.");
        }
        DocumentInfo info = DocumentMetaCodec.read(meta, layout.name(meta), id);
        if (!Files.exists(layout.layer(id, owner))) {
            return new LayerSnapshot(owner, LayerState.NEW, 0, List.of());
        }
        return journaled.snapshot(journaled.read(id, owner), info, owner);
    }

    @Override
    public LayerSnapshot layerSnapshot(Document document, LayerOwner owner) throws CorpusStoreException {
        String id = requireStoredText(document, "read", owner);
        if (!Files.exists(layout.layer(id, owner))) {
            return new LayerSnapshot(owner, LayerState.NEW, 0, List.of());
        }
        return journaled.snapshot(journaled.read(id, owner), document, owner);
    }

    @Override
    public long saveLayer(Layer layer, long expectedRevision) throws CorpusStoreException {
        return save(layer, expectedRevision, null);
    }

    @Override
    public long saveChanges(Layer layer, long expectedRevision, LayerChanges changes) throws CorpusStoreException {
        return save(layer, expectedRevision, java.util.Objects.requireNonNull(changes, "changes"));
    }

    /** Saves the whole layer ({@code changes == null}) or journals the changes; see {@link JournaledLayers}. */
    private long save(Layer layer, long expectedRevision, LayerChanges changes) throws CorpusStoreException {
        String id = layer.document().id();
        Path file = layout.layer(id, layer.owner());
        String name = layout.name(file);
        return locked("save " + name + " in", () -> {
            // the hash in the meta file, not one of the text: texts never change once stored (docs/FORMAT.md)
            // and document() checks text against meta, so re-reading and re-hashing 10 MB per save is waste
            if (!storedContentHash(id).equals(layer.document().contentHash())) {
                throw new CorpusStoreException("Cannot save " + name + ": the layer was made for another text"
                        + " than documents/" + id + ".txt holds now. Reload the document.");
            }
            Long folderBefore = folderTime(file.getParent());
            JournaledLayers.Stored stored = Files.exists(file) ? journaled.stored(id, layer.owner()) : null;
            long found = stored == null ? 0 : stored.revision();
            if (found != expectedRevision) {
                throw new ConflictException(id, layer.owner().describe(), expectedRevision, found);
            }
            long next = expectedRevision + 1;
            if (changes == null || stored == null) {
                journaled.writeWhole(layer, next);
            } else {
                journaled.write(layer, stored, next, changes);
            }
            indexChanged(id, file, folderBefore);
            return next;
        });
    }

    @Override
    public boolean compactLayer(String id, LayerOwner owner) throws CorpusStoreException {
        DocumentIds.requireValid(id, "document id");
        if (!Files.exists(layout.journal(id, owner))) {
            return false;
        }
        Document document = requireDocument(id);
        // read and parse outside the lock (hundreds of ms at 100k spans); redo it inside only if an edit came
        Layer outside = journaled.load(document, owner);
        String name = layout.name(layout.layer(id, owner));
        return locked("compact " + name + " in", () -> {
            if (!Files.exists(layout.journal(id, owner))) {
                return false;
            }
            Layer layer = journaled.stored(id, owner).revision() == outside.revision() ? outside
                    : journaled.load(document, owner);
            Long folderBefore = folderTime(layout.layer(id, owner).getParent());
            journaled.writeWhole(layer, layer.revision());
            indexChanged(id, layout.layer(id, owner), folderBefore);
            return true;
        });
    }

    @Override
    public synchronized CorpusIndex index() throws CorpusStoreException {
        if (index == null) {
            index = LuceneCorpusIndex.open(this, layout);
        }
        return index;
    }

    @Override
    public synchronized void close() throws CorpusStoreException {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    /** Tells an open index that document {@code id} was stored or replaced; returns {@code id}. */
    String indexed(String id) throws CorpusStoreException {
        indexChanged(id, layout.meta(id), null);
        return id;
    }

    /**
     * Tells an open index that {@code file} of document {@code id} was replaced; {@code folderBefore} is its
     * folder's modification time just before this store wrote (null when unknown), by which the index tells
     * whether someone else (another store, another process) changed that folder since it last looked.
     */
    private void indexChanged(String id, Path file, Long folderBefore) throws CorpusStoreException {
        LuceneCorpusIndex open;
        synchronized (this) {
            open = index;
        }
        if (open != null) {
            open.documentChanged(id, file, folderBefore);
        }
    }

    /** A folder's modification time in nanoseconds, -1 when it does not exist (as the index records folders). */
    private static Long folderTime(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.io.IOException e) {
            return -1L;
        }
    }

    /** The content hash recorded in the meta file of document {@code id}. */
    private String storedContentHash(String id) throws CorpusStoreException {
        Path meta = layout.meta(id);
        if (!Files.exists(meta)) {
            throw new CorpusStoreException("Corpus " + layout.root() + " has no document '" + id
                    + "'. Import it first, or check the id.");
        }
        return DocumentMetaCodec.read(meta, layout.name(meta), id).contentHash();
    }

    private Document requireDocument(String id) throws CorpusStoreException {
        return document(id).orElseThrow(() -> new CorpusStoreException("Corpus " + layout.root()
                + " has no document '" + id + "'. Import it first, or check the id."));
    }

    <T> T locked(String what, CorpusLock.Action<T> action) throws CorpusStoreException {
        try {
            return lock.withLock(action);
        } catch (CorpusStoreException e) {
            throw e;
        } catch (IOException e) {
            throw JsonFiles.failure(what, "corpus " + layout.root(), e);
        }
    }
}
