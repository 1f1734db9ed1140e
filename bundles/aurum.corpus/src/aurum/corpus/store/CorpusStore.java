package aurum.corpus.store;

import aurum.corpus.index.CorpusIndex;
import aurum.corpus.internal.store.FolderCorpusStore;
import aurum.core.model.Document;
import aurum.core.model.Layer;
import aurum.core.model.LayerOwner;
import aurum.corpus.boilerplate.ExcludedRegion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A corpus of documents and annotation layers kept in a folder. Writes are atomic and durable when a
 * method returns; layer saves are checked against the revision the caller loaded so that concurrent
 * editors (two windows, two processes, a git pull) never overwrite each other silently. Instances are
 * thread-safe. The folder format is specified in {@code docs/FORMAT.md}.
 */
public interface CorpusStore extends AutoCloseable {

    /**
     * Creates a new corpus in {@code dir}, which must be missing or empty.
     *
     * @throws CorpusStoreException if the folder holds files or cannot be written
     */
    static CorpusStore create(Path dir, CorpusSettings settings) throws CorpusStoreException {
        return FolderCorpusStore.create(dir, settings);
    }

    /**
     * Opens an existing corpus, sweeping temporary files a crash may have left.
     *
     * @throws CorpusStoreException if {@code corpus.json} is missing, malformed or of a newer format
     */
    static CorpusStore open(Path dir) throws CorpusStoreException {
        return FolderCorpusStore.open(dir);
    }

    /** The folder holding the corpus. */
    Path directory();

    /** The settings read from {@code corpus.json}, or last saved through {@link #saveSettings}. */
    CorpusSettings settings();

    /**
     * Replaces {@code corpus.json}, e.g. when the corpus moves to a new label set version.
     *
     * @throws CorpusStoreException if the write fails; the old file is then left untouched
     */
    void saveSettings(CorpusSettings settings) throws CorpusStoreException;

    /** All documents, sorted by id. */
    List<DocumentInfo> documents() throws CorpusStoreException;

    /**
     * The ids of all documents, sorted: {@link #documents()} without reading each document's meta file, for
     * passes that read every document anyway (and so check its meta file then).
     */
    default List<String> documentIds() throws CorpusStoreException {
        return documents().stream().map(DocumentInfo::id).toList();
    }

    /**
     * Adds one document and its proposed boilerplate regions; durable when it returns. Adding the same
     * text again, under any id, changes nothing and returns the id it is stored under, so re-running an
     * import is safe. Finding the same text costs O(1) (a content-hash index in {@code .aurum/}). Does not
     * update near-duplicate clusters; importers use {@link #batch()}, which does, and is much faster.
     *
     * @return the id the text is stored under
     * @throws IllegalArgumentException if the id is not valid (see {@link DocumentIds})
     * @throws CorpusStoreException if the id is taken by a different text, or the write fails
     */
    String addDocument(Document document) throws CorpusStoreException;

    /**
     * Starts adding many documents; see {@link DocumentBatch} for when they are durable. Close it (in
     * try-with-resources) to write the last group and bring {@link #duplicateClusters()} and
     * {@link #relations()} up to date, which analyses the documents added (and any others the stored
     * analysis lacks) but not the rest again.
     */
    DocumentBatch batch() throws CorpusStoreException;

    /**
     * The boilerplate regions proposed at import and stored in the document's meta file, sorted and
     * non-overlapping; empty when there are none (or the document was stored before regions were).
     *
     * @throws CorpusStoreException if there is no such document or its meta file is malformed
     */
    List<ExcludedRegion> excludedRegions(String id) throws CorpusStoreException;

    /**
     * Document id &rarr; cluster id (the smallest member id) for every document in a near-duplicate cluster
     * of two or more, as computed by the last import ({@code clusters.json}); empty before any. Export
     * keeps each cluster inside one split.
     */
    Map<String, String> duplicateClusters() throws CorpusStoreException;

    /**
     * The pairs of documents found alike by the last import, sorted by first then second id; empty before
     * any import: every near-duplicate pair found, and the related pairs (another write-up of the same
     * story), at most a few per document (each document's most similar ones, docs/FORMAT.md), never all.
     */
    List<DocumentRelation> relations() throws CorpusStoreException;

    /**
     * Whether {@code clusters.json} was computed from the documents the corpus has now. Costs a listing of
     * {@code documents/} and the first line of the file, not an analysis.
     */
    AnalysisStatus analysisStatus() throws CorpusStoreException;

    /**
     * Brings {@code clusters.json} up to date with the documents of the corpus, as closing an import's
     * {@link DocumentBatch} does: analyses the documents the stored analysis ({@code .aurum/analysis/}) lacks,
     * or all of them when it is missing or much smaller than the corpus, and writes the file again. Does
     * nothing when the file is current.
     *
     * @return the status afterwards
     * @throws CorpusStoreException if a file cannot be read or written; the old {@code clusters.json} is then kept
     */
    AnalysisStatus updateAnalysis() throws CorpusStoreException;

    /** The document with {@code id}, its text checked against the stored hash; empty if there is none. */
    Optional<Document> document(String id) throws CorpusStoreException;

    /**
     * Where the corpus lives, as manifests and messages name it: the folder's absolute path by default; a
     * team-server corpus names its server and id.
     */
    default String location() {
        return directory().toAbsolutePath().toString();
    }

    /**
     * The corpus's annotators, sorted: everyone with a layer on a document (that this store's user may read)
     * and everyone the assignments name; never the machine's suggestions layer
     * ({@link aurum.corpus.assignment.CorpusAnnotators#SUGGESTIONS}). Curation, agreement and export offer
     * these. The default reads a corpus folder ({@link aurum.corpus.assignment.CorpusAnnotators#of}).
     *
     * @throws CorpusStoreException if the corpus cannot be read
     */
    default List<String> annotators() throws CorpusStoreException {
        return aurum.corpus.assignment.CorpusAnnotators.of(directory());
    }

    /**
     * The owners of the layers saved on document {@code id}: gold first, then annotators by id. Layers
     * never saved are not listed.
     *
     * @throws CorpusStoreException if the layer folders cannot be read
     */
    List<LayerOwner> layers(String id) throws CorpusStoreException;

    /**
     * Loads the layer of {@code owner} on document {@code id}, or a new empty layer at revision 0 if
     * none was saved. The loaded layer's {@link Layer#revision()} is the stored revision, which is
     * what to pass to {@link #saveLayer} as the expected revision.
     *
     * @throws CorpusStoreException if the document is missing, or the layer file is malformed, belongs
     *         to another text or has spans outside the text; the message names the file
     */
    Layer loadLayer(String id, LayerOwner owner) throws CorpusStoreException;

    /**
     * Like {@link #loadLayer(String, LayerOwner)} for a document the caller has already read with
     * {@link #document}: the text is not read and hashed again (on a 10 MB document that is most of the
     * cost of a load), only its content hash is checked against the stored one.
     *
     * @throws CorpusStoreException as {@link #loadLayer(String, LayerOwner)}, and if {@code document} is not
     *         the text stored under its id (any more)
     */
    Layer loadLayer(Document document, LayerOwner owner) throws CorpusStoreException;

    /**
     * The state, revision and spans of a stored layer, read without the document's text: for passes over
     * a whole corpus that look only at labels, states and counts, or that check the rest themselves.
     * Checks the layer file (and journal) against the document's meta file: its document, owner and content
     * hash, and that every span ends within the text's recorded length; and the layer's own rules (span ids
     * unique, state allowed for the owner, revision not negative). Only the checks that need the text itself
     * (the text matching its hash, a span edge splitting a surrogate pair) are left to
     * {@link #document}, {@link #loadLayer(Document, LayerOwner)} or {@link #layerSnapshot(Document, LayerOwner)},
     * or to whoever then uses the spans on the text.
     *
     * @return the snapshot; state {@link aurum.core.model.LayerState#NEW}, revision 0 and no spans when the
     *         layer was never saved
     * @throws CorpusStoreException if the document is missing, or the layer file is malformed, belongs to
     *         another document, owner or text, has a span beyond the text, breaks one of the layer's rules;
     *         the message names the file
     */
    LayerSnapshot layerSnapshot(String id, LayerOwner owner) throws CorpusStoreException;

    /**
     * The state, revision and spans of a stored layer of a document the caller has read with
     * {@link #document}, held to every check {@link #loadLayer(Document, LayerOwner)} makes (the text
     * matches the stored hash, spans fit the text and split no surrogate pair, span ids are unique, the state
     * is allowed for the owner) but without building a {@link Layer}: for readers that only go through the
     * spans once, such as an export, where building the layer's index would be most of the cost.
     *
     * @return the snapshot; state {@link aurum.core.model.LayerState#NEW}, revision 0 and no spans when the
     *         layer was never saved
     * @throws CorpusStoreException as {@link #loadLayer(Document, LayerOwner)}
     */
    LayerSnapshot layerSnapshot(Document document, LayerOwner owner) throws CorpusStoreException;

    /**
     * Saves a layer if the stored revision is still {@code expectedRevision} (0 when never saved).
     * Durable when it returns: the file and its folder are flushed to disk.
     *
     * @return the new stored revision, {@code expectedRevision + 1}; pass it to the next save
     * @throws ConflictException if someone else saved the layer in between
     * @throws CorpusStoreException if the document is missing or changed, or the write fails; the old
     *         file is then left untouched
     */
    long saveLayer(Layer layer, long expectedRevision) throws CorpusStoreException;

    /**
     * Saves the edit that turned the stored revision {@code expectedRevision} of the layer into
     * {@code layer}, whose spans and state must already include {@code changes}. Same contract as
     * {@link #saveLayer} (revision check under the corpus lock, durable when it returns, returns
     * {@code expectedRevision + 1}), but writes only the changes: one line appended to the layer's change
     * journal ({@code <id>.journal.jsonl} beside the layer file, docs/FORMAT.md) and flushed, a few
     * hundred bytes instead of the whole layer. The store writes the whole layer instead when there is no
     * layer file yet, when the journal is large or does not match the layer file. Every reader
     * ({@link #loadLayer}, the index, exports) sees journaled changes.
     *
     * @throws ConflictException if someone else saved the layer in between
     * @throws CorpusStoreException if the document is missing or changed, or the write fails; what was
     *         stored before is then left as it was
     */
    long saveChanges(Layer layer, long expectedRevision, LayerChanges changes) throws CorpusStoreException;

    /**
     * Folds the change journal of a layer into its layer file (atomically; the stored revision stays
     * the same) and deletes the journal, so the folder holds plain layer files for git and other tools.
     * Does nothing when there is no journal. Readers see the same layer before and after.
     *
     * @return whether a journal was folded
     * @throws CorpusStoreException if the layer or journal cannot be read or the write fails; the journal
     *         is then kept
     */
    boolean compactLayer(String id, LayerOwner owner) throws CorpusStoreException;

    /**
     * The index for listing, filtering and searching this corpus, opened on first use and kept up to
     * date by this store's writes; changes made by others are found on the next query. See
     * {@link aurum.corpus.index}.
     *
     * @throws CorpusStoreException if the index folder cannot be created or read
     */
    CorpusIndex index() throws CorpusStoreException;

    /**
     * Closes the index if it was opened, committing its changes. The store itself holds no other
     * resources; reads and writes after {@code close} still work and reopen the index when needed.
     */
    @Override
    void close() throws CorpusStoreException;
}
